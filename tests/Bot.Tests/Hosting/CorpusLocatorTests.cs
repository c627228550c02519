using Assistant.Bot.Hosting;

namespace Assistant.Bot.Tests.Hosting;

public sealed class CorpusLocatorTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("corpus-locator-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Resolve_InsideARepository_FindsTheCorpusBesideTheSolution()
    {
        var repo = _root.CreateSubdirectory("repo");
        File.WriteAllText(Path.Combine(repo.FullName, "Assistant.sln"), string.Empty);
        var corpus = repo.CreateSubdirectory(CorpusLocator.FolderName);
        var deep = repo.CreateSubdirectory(Path.Combine("src", "Bot"));

        var found = CorpusLocator.Resolve(null, deep.FullName, _root.FullName);

        Assert.Equal(corpus.FullName, found);
    }

    [Fact]
    public void Resolve_PublishedFolder_FindsTheCorpusBesideTheExecutable()
    {
        var published = _root.CreateSubdirectory("out");
        var corpus = published.CreateSubdirectory(CorpusLocator.FolderName);
        var elsewhere = _root.CreateSubdirectory("elsewhere");

        var found = CorpusLocator.Resolve(null, elsewhere.FullName, published.FullName);

        Assert.Equal(corpus.FullName, found);
    }

    [Fact]
    public void Resolve_CorpusFolderWithoutSolutionAboveTheWorkingDirectory_IsNotTaken()
    {
        // A stray corpus/ folder in some parent is not the bundled corpus: only a clone's or a published copy counts.
        _root.CreateSubdirectory(CorpusLocator.FolderName);
        var work = _root.CreateSubdirectory("work");
        var exe = _root.CreateSubdirectory("bin");

        var error = Assert.Throws<DirectoryNotFoundException>(() => CorpusLocator.Resolve(null, work.FullName, exe.FullName));

        Assert.Contains("Retrieval:CorpusPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Configured_TakesItAsGiven()
    {
        var found = CorpusLocator.Resolve("some/where", _root.FullName, _root.FullName);

        Assert.Equal(Path.GetFullPath("some/where"), found);
    }
}
