namespace Assistant.Bot.Hosting;

/// <summary>Finds the bundled <c>corpus/</c> folder: next to <c>Assistant.sln</c>, above the working directory or the
/// executable, so <c>dotnet run --project src/Bot</c> works from anywhere inside the repository; or, in a published
/// assistant (<c>dotnet publish src/Bot</c>), the copy that ships beside the executable.</summary>
public static class CorpusLocator
{
    /// <summary>The folder name of the bundled corpus.</summary>
    public const string FolderName = "corpus";

    /// <summary>Returns <paramref name="configured"/> when given, else the repository's corpus folder, else the one
    /// beside the executable.</summary>
    /// <exception cref="DirectoryNotFoundException">No corpus folder can be found.</exception>
    public static string Resolve(string? configured) =>
        Resolve(configured, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    /// <summary>As <see cref="Resolve(string?)"/>, from the given working and executable folders.</summary>
    internal static string Resolve(string? configured, string workingDirectory, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { workingDirectory, baseDirectory })
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

        // The repository's corpus wins inside a clone; a published folder has no Assistant.sln, only its own copy.
        var beside = Path.Combine(baseDirectory, FolderName);
        if (Directory.Exists(beside))
        {
            return beside;
        }

        throw new DirectoryNotFoundException("no corpus folder found: pass --corpus DIR or set Retrieval:CorpusPath");
    }
}
