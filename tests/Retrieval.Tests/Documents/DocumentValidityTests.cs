using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Assistant.Retrieval.Tests.Documents;

public sealed class DocumentValidityTests
{
    private static readonly IReadOnlyList<Project> Corpus = CorpusLoader.Load(BundledCorpus.Folder).Projects;

    [Fact]
    public void Docx_EveryCorpusTableAlone_HasNoSchemaErrors()
    {
        var errors = Corpus.SelectMany(p => DocxErrors([p]).Select(e => $"{p.Name}: {e}")).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void Docx_AllTablesInOneExport_HasNoSchemaErrors()
    {
        var errors = DocxErrors(Corpus);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void Xlsx_AllTablesInOneExport_HasNoSchemaErrors()
    {
        using var stream = new MemoryStream();
        XlsxTableWriter.Write(Corpus, stream, Corpus.ToDictionary(p => p.Name, p => (IReadOnlyList<string>)[p.Indicators[0].Level3]));
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);

        var errors = Validate(document);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    internal static List<string> DocxErrors(IReadOnlyList<Project> projects, string? marginNote = null)
    {
        using var stream = new MemoryStream();
        DocxTableWriter.Write(projects, stream, marginNote);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        return Validate(document);
    }

    private static List<string> Validate(OpenXmlPackage document) =>
        new OpenXmlValidator(FileFormatVersions.Office2013).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
}
