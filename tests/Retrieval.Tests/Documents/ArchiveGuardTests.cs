using System.IO.Compression;
using System.Text;
using Assistant.Retrieval.Documents;

namespace Assistant.Retrieval.Tests.Documents;

public sealed class ArchiveGuardTests
{
    private static readonly DocumentLimits Small = new() { MaxEntries = 5, MaxPartBytes = 64 * 1024, MaxTotalBytes = 100 * 1024 };

    [Theory]
    [InlineData(4, 1_000, true)]           // a few small parts
    [InlineData(6, 10, false)]             // too many entries
    [InlineData(1, 65 * 1024, false)]      // one part over its limit
    [InlineData(3, 40 * 1024, false)]      // each part fine, all together over the total
    public void Check_PackageWithinOrOverLimits_PassesOrIsRefused(int entries, int bytesEach, bool passes)
    {
        using var package = Package(Enumerable.Range(0, entries).Select(i => ($"part{i}.xml", "<a>" + new string('x', bytesEach - 7) + "</a>")));

        var refused = Record.Exception(() => ArchiveGuard.Check(package, Small));

        if (passes)
        {
            Assert.Null(refused);
        }
        else
        {
            Assert.IsType<UnsafeDocumentException>(refused);
            Assert.Contains("Documents:Max", refused.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Check_PartDeclaringADtd_IsRefusedWhateverItsEncoding(string encoding)
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"a\">]><w>&a;</w>";
        using var package = Package([("word/document.xml", xml)], Encoding.GetEncoding(encoding));

        var refused = Assert.Throws<UnsafeDocumentException>(() => ArchiveGuard.Check(package, DocumentLimits.Default));

        Assert.Contains("DTD", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DoctypeSplitAcrossReadBuffers_IsStillFound()
    {
        // Padding puts the mark across the 16 KB boundary of the guard's reads.
        var xml = new string(' ', (16 * 1024) - 4) + "<!DOCTYPE w><w/>";
        using var package = Package([("word/document.xml", xml)]);

        Assert.Throws<UnsafeDocumentException>(() => ArchiveGuard.Check(package, DocumentLimits.Default));
    }

    [Fact]
    public void Parse_ExportedCorpusTable_PassesTheGuardAndReadsBack()
    {
        var project = global::Assistant.Retrieval.Corpus.CorpusLoader.Load(BundledCorpus.Folder).Projects[0];
        using var docx = new MemoryStream();
        DocxTableWriter.Write([project], docx);

        var parsed = DocumentFormats.Parse("table.docx", docx.ToArray());

        Assert.Equal(project.Name, Assert.Single(parsed.Projects).Name);
    }

    [Fact]
    public void ParseOrReport_RefusedPackage_IsOneErrorNamingTheFile()
    {
        using var package = Package([("word/document.xml", "<!DOCTYPE w><w/>")]);

        var result = DocumentFormats.ParseOrReport("evil.docx", package.ToArray());

        var error = Assert.Single(result.Errors);
        Assert.Equal("evil.docx", error.Location.File);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00 }, null)] // %PDF-1 with a NUL
    [InlineData(new byte[] { 0xE9, 0xA1, 0xB9, 0xE7, 0x9B, 0xAE }, ".txt")]      // 项目 in UTF-8
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41 }, null)]                           // not UTF-8
    public void Sniff_Content_DecidesTheReaderNotTheName(byte[] bytes, string? expected)
    {
        Assert.Equal(expected, DocumentFormats.Sniff(bytes));
    }

    private static MemoryStream Package(IEnumerable<(string Name, string Text)> parts, Encoding? encoding = null)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write((encoding ?? new UTF8Encoding(false)).GetBytes(text));
            }
        }

        buffer.Position = 0;
        return buffer;
    }
}
