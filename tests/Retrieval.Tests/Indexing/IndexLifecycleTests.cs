using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Tests.Indexing;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("index-life-").FullName;
    private readonly string _corpus = Directory.CreateTempSubdirectory("corpus-life-").FullName;

    public IndexLifecycleTests() => File.Copy(BundledCorpus.File, Path.Combine(_corpus, Path.GetFileName(BundledCorpus.File)));

    [Fact]
    public void Open_FirstStart_BuildsThenReusesUntilTheCorpusChanges()
    {
        using (var first = CorpusIndex.Open(_corpus, _data))
        {
            Assert.True(first.Info.Rebuilt);
            Assert.True(first.Info.IndexBytes > 0);
        }

        using (var second = CorpusIndex.Open(_corpus, _data))
        {
            Assert.False(second.Info.Rebuilt);
        }

        File.WriteAllText(Path.Combine(_corpus, "2026-new.txt"), Parsing.TableText.Table(1, "量子计算新项目"));
        using var third = CorpusIndex.Open(_corpus, _data);

        Assert.True(third.Info.Rebuilt);
        Assert.Equal("量子计算新项目", third.Search(new SearchRequest("量子计算", Limit: 1)).Projects.Single().Project.Name);
    }

    [Fact]
    public void Build_InterruptedPartWay_LeavesThePreviousIndexInUseAndSearchable()
    {
        var store = new IndexStore(_data);
        var projects = CorpusLoader.Load(_corpus).Projects;
        var good = store.Build("good", projects);

        // A build that dies after ten projects, as a crash or a kill would leave it.
        Assert.Throws<IOException>(() => store.Build("broken", Interrupted(projects, after: 10)));

        Assert.Equal("good", store.CurrentHash);
        Assert.Equal(good, store.CurrentFolder);
        Assert.Single(Directory.GetDirectories(store.Root, "*.building"));
        using var index = CorpusIndex.Open(projects, [], "good", _data);
        Assert.False(index.Info.Rebuilt);
        Assert.Contains(index.Search(new SearchRequest("人工智能", Limit: 5)).Projects, h => h.Project.Name == "新一代人工智能重大专项");
    }

    [Fact]
    public void Build_AfterAnInterruptedBuild_RemovesTheUnfinishedFolder()
    {
        var store = new IndexStore(_data);
        var projects = CorpusLoader.Load(_corpus).Projects;
        Assert.Throws<IOException>(() => store.Build("broken", Interrupted(projects, after: 3)));

        store.Build("next", projects);

        Assert.Empty(Directory.GetDirectories(store.Root, "*.building"));
        Assert.Equal("next", store.CurrentHash);
    }

    [Fact]
    public void Build_Cancelled_KeepsThePreviousIndex()
    {
        var store = new IndexStore(_data);
        var projects = CorpusLoader.Load(_corpus).Projects;
        store.Build("good", projects);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => store.Build("other", projects, cancelled.Token));

        Assert.Equal("good", store.CurrentHash);
    }

    public void Dispose()
    {
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_corpus, recursive: true);
    }

    private static IEnumerable<Project> Interrupted(IEnumerable<Project> projects, int after)
    {
        var count = 0;
        foreach (var project in projects)
        {
            if (count++ == after)
            {
                throw new IOException("disk gone");
            }

            yield return project;
        }
    }
}
