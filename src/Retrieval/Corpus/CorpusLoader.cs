using System.Security.Cryptography;
using System.Text;
using Assistant.Retrieval.Documents;
using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Corpus;

/// <summary>Reads every target-table file in a corpus folder. Each project keeps its source file and line.</summary>
public static class CorpusLoader
{
    /// <summary>The file patterns read from a corpus folder.</summary>
    public static IReadOnlyList<string> Patterns { get; } = ["*.txt", "*.docx", "*.xlsx"];

    /// <summary>The corpus files of <paramref name="folder"/>, in ordinal name order (README files excluded).</summary>
    public static IReadOnlyList<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"找不到语料文件夹：{Path.GetFullPath(folder)}");
        }

        return Patterns
            .SelectMany(p => Directory.EnumerateFiles(folder, p, SearchOption.TopDirectoryOnly))
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Parses every corpus file of <paramref name="folder"/>.</summary>
    public static CorpusParseResult Load(string folder) => LoadWithHash(folder).Result;

    /// <summary>Parses every corpus file of <paramref name="folder"/> and hashes exactly the bytes that were parsed.</summary>
    /// <returns>The parse result and a SHA-256 (hex) of the files' names and contents.</returns>
    public static (CorpusParseResult Result, string ContentHash) LoadWithHash(string folder)
    {
        var projects = new List<Project>();
        var errors = new List<ParseDiagnostic>();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Files(folder))
        {
            var name = Path.GetFileName(path);
            var bytes = File.ReadAllBytes(path);
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(bytes);
            var result = DocumentFormats.ParseOrReport(name, bytes);
            projects.AddRange(result.Projects);
            errors.AddRange(result.Errors);
        }

        return (new CorpusParseResult(projects, errors), Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
