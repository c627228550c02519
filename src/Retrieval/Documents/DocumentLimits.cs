using System.ComponentModel.DataAnnotations;

namespace Assistant.Retrieval.Documents;

/// <summary>
/// Limits on an uploaded or imported .docx/.xlsx, checked on the zip before anything is parsed: a small file can
/// inflate to gigabytes (a zip bomb). Configuration section <c>Documents</c>.
/// </summary>
public sealed class DocumentLimits
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Documents";

    /// <summary>The limits used where no configuration is read (command line, tests).</summary>
    public static DocumentLimits Default { get; } = new();

    /// <summary>Most entries a package may hold (<c>Documents:MaxEntries</c>).</summary>
    [Range(1, 100_000)]
    public int MaxEntries { get; set; } = 1_000;

    /// <summary>Largest uncompressed size of one part in bytes (<c>Documents:MaxPartBytes</c>).</summary>
    [Range(1024, 1L << 32)]
    public long MaxPartBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all parts together in bytes (<c>Documents:MaxTotalBytes</c>).</summary>
    [Range(1024, 1L << 34)]
    public long MaxTotalBytes { get; set; } = 50L * 1024 * 1024;
}
