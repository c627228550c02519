using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Documents;

/// <summary>Reads any supported table file (.txt Word export, .docx, .xlsx) through the one parser.</summary>
public static class DocumentFormats
{
    /// <summary>The file extensions read.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".docx", ".xlsx"];

    /// <summary>True when <paramref name="path"/> has a supported extension.</summary>
    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses a file's bytes by its extension; an unreadable file is one error naming it, nothing thrown.</summary>
    public static CorpusParseResult Parse(string name, byte[] bytes, int? budgetYear = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".txt")
        {
            return TargetTableTextParser.Parse(name, bytes, budgetYear);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var text = extension switch
            {
                ".docx" => DocxTableReader.ToExportText(stream),
                ".xlsx" => XlsxTableReader.ToExportText(stream),
                _ => throw new InvalidDataException($"unsupported file type '{extension}'; expected {string.Join(", ", Extensions)}"),
            };
            return TargetTableTextParser.Parse(name, text, budgetYear);
        }
        catch (InvalidDataException ex)
        {
            return new CorpusParseResult([], [new ParseDiagnostic(new Corpus.SourceLocation(name, 1), "file", ex.Message)]);
        }
    }
}
