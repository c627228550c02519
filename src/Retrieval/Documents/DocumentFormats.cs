using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Documents;

/// <summary>Reads any supported table file (.txt Word export, .docx, .xlsx) through the one parser.</summary>
public static class DocumentFormats
{
    /// <summary>The file extensions read.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".docx", ".xlsx"];

    /// <summary>
    /// The extension a file's content calls for, whatever its name: <c>.docx</c> or <c>.xlsx</c> for an Office zip (by
    /// its main part), <c>.txt</c> for UTF-8 text, null for anything else (a PDF, an image, other binary).
    /// </summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            // The main part's name sits in a local header near the start, stored uncompressed.
            return bytes.IndexOf("word/"u8) >= 0 ? ".docx" : bytes.IndexOf("xl/"u8) >= 0 ? ".xlsx" : null;
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return null;
        }

        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
            return ".txt";
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when <paramref name="path"/> has a supported extension.</summary>
    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    // Office documents become a DOM while read (about twenty times their XML's size): one at a time, so two large
    // uploads at once cannot add up. Parsing is milliseconds for a real table, so the queue is short.
    private static readonly SemaphoreSlim OfficeGate = new(1, 1);

    /// <summary>
    /// Parses a file's bytes by its extension; an unreadable file is one error naming it. A .docx/.xlsx is first
    /// checked against <paramref name="limits"/> (default <see cref="DocumentLimits.Default"/>).
    /// </summary>
    /// <exception cref="UnsafeDocumentException">The package breaks a limit or holds a DTD; nothing was read.</exception>
    public static CorpusParseResult Parse(string name, byte[] bytes, int? budgetYear = null, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".txt")
        {
            return TargetTableTextParser.Parse(name, bytes, budgetYear);
        }

        if (extension is not (".docx" or ".xlsx"))
        {
            return Unreadable(name, $"不支持的文件类型「{extension}」，应为 {string.Join("、", Extensions)}");
        }

        OfficeGate.Wait();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            ArchiveGuard.Check(stream, limits ?? DocumentLimits.Default);
            stream.Position = 0;
            var text = extension == ".docx" ? DocxTableReader.ToExportText(stream) : XlsxTableReader.ToExportText(stream);
            return TargetTableTextParser.Parse(name, text, budgetYear);
        }
        catch (InvalidDataException ex)
        {
            return Unreadable(name, ex.Message);
        }
        finally
        {
            OfficeGate.Release();
        }
    }

    /// <summary>
    /// Like <see cref="Parse"/>, but a refused package is one error naming the file instead of an exception: for
    /// folders of files (the corpus, an import) where one bad file must not hide the others.
    /// </summary>
    public static CorpusParseResult ParseOrReport(string name, byte[] bytes, int? budgetYear = null, DocumentLimits? limits = null)
    {
        try
        {
            return Parse(name, bytes, budgetYear, limits);
        }
        catch (UnsafeDocumentException ex)
        {
            return Unreadable(name, ex.Message);
        }
    }

    private static CorpusParseResult Unreadable(string name, string message) =>
        new([], [new ParseDiagnostic(new Corpus.SourceLocation(name, 1), "file", message)]);
}
