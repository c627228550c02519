using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Corpus;

/// <summary>Reads every target-table file in a corpus folder. Each project keeps its source file and line.</summary>
public static class CorpusLoader
{
    /// <summary>The file patterns read from a corpus folder.</summary>
    public static IReadOnlyList<string> Patterns { get; } = ["*.txt"];

    /// <summary>The corpus files of <paramref name="folder"/>, in ordinal name order (README files excluded).</summary>
    public static IReadOnlyList<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"corpus folder not found: {Path.GetFullPath(folder)}");
        }

        return Patterns
            .SelectMany(p => Directory.EnumerateFiles(folder, p, SearchOption.TopDirectoryOnly))
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Parses every corpus file of <paramref name="folder"/>.</summary>
    public static CorpusParseResult Load(string folder)
    {
        var projects = new List<Project>();
        var errors = new List<ParseDiagnostic>();
        foreach (var path in Files(folder))
        {
            var result = TargetTableTextParser.Parse(Path.GetFileName(path), File.ReadAllBytes(path));
            projects.AddRange(result.Projects);
            errors.AddRange(result.Errors);
        }

        return new CorpusParseResult(projects, errors);
    }
}
