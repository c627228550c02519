namespace Assistant.Bot.Hosting;

/// <summary>Finds the bundled <c>corpus/</c> folder: next to <c>Assistant.sln</c>, above the working directory or the
/// executable, so <c>dotnet run --project src/Bot</c> works from anywhere inside the repository.</summary>
public static class CorpusLocator
{
    /// <summary>The folder name of the bundled corpus.</summary>
    public const string FolderName = "corpus";

    /// <summary>Returns <paramref name="configured"/> when given, else the repository's corpus folder.</summary>
    /// <exception cref="DirectoryNotFoundException">No corpus folder can be found.</exception>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FolderName);
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("no corpus folder found: pass --corpus DIR or set Retrieval:CorpusPath");
    }
}
