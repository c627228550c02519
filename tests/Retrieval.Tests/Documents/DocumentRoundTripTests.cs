using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Documents;

namespace Assistant.Retrieval.Tests.Documents;

public sealed class DocumentRoundTripTests
{
    private static readonly IReadOnlyList<Project> Corpus = CorpusLoader.Load(BundledCorpus.Folder).Projects;

    [Fact]
    public void Docx_EveryCorpusProject_ExportsAndImportsIdentically()
    {
        using var stream = new MemoryStream();
        DocxTableWriter.Write(Corpus, stream);

        var result = DocumentFormats.Parse("2025-export.docx", stream.ToArray());

        Assert.True(result.IsClean, string.Join("\n", result.Errors));
        AssertIdentical(Corpus, result.Projects);
    }

    [Fact]
    public void Xlsx_EveryCorpusProject_ExportsAndImportsIdentically()
    {
        using var stream = new MemoryStream();
        XlsxTableWriter.Write(Corpus, stream);

        var result = DocumentFormats.Parse("2025-export.xlsx", stream.ToArray());

        Assert.True(result.IsClean, string.Join("\n", result.Errors));
        AssertIdentical(Corpus, result.Projects);
    }

    [Theory]
    [InlineData(3, 3, false)]  // a sheet per table
    [InlineData(5, 2, true)]   // more tables than sheets: all listed, the first two as tables, and a line says so
    public void Xlsx_MoreTablesThanSheets_ListsEveryProjectAndTheFirstTables(int count, int maxSheets, bool noted)
    {
        var tables = Corpus.Take(count).ToList();
        using var stream = new MemoryStream();
        XlsxTableWriter.Write(tables, stream, tables.ToDictionary(p => p.Name, p => (IReadOnlyList<string>)[p.Indicators[0].Level3]), maxSheets);

        var result = DocumentFormats.Parse("2025-export.xlsx", stream.ToArray());
        stream.Position = 0;
        var text = XlsxTableReader.ToExportText(stream);

        Assert.True(result.IsClean, string.Join("\n", result.Errors));
        AssertIdentical(tables.Take(maxSheets).ToList(), result.Projects);
        stream.Position = 0;
        using var workbook = new ClosedXML.Excel.XLWorkbook(stream);
        var listed = workbook.Worksheet(XlsxTableReader.ResultsSheet).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.All(tables, p => Assert.Contains(p.Name, listed));
        Assert.Equal(noted, listed.Any(c => c.Contains($"只附前 {maxSheets} 个项目", StringComparison.Ordinal)));
        Assert.DoesNotContain("只附前", text, StringComparison.Ordinal); // the list is not read back as a table
    }

    [Fact]
    public void Docx_OneTable_HasTitleAndMergedLevelCells()
    {
        using var stream = new MemoryStream();
        DocxTableWriter.Write([Corpus[0]], stream);
        stream.Position = 0;

        var text = DocxTableReader.ToExportText(stream);

        Assert.StartsWith("1.科技管理信息系统升级开发与技术支持服务绩效目标表", text, StringComparison.Ordinal);
        Assert.Contains("\t单位：万元", text, StringComparison.Ordinal);
        // 一级 and 二级 of the second 数量 row are merged with the row above: read as empty cells.
        Assert.Contains("\t\n\t\n\t支撑项目立项数量", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CorruptZip_IsOneClearError()
    {
        var result = DocumentFormats.Parse("broken.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var error = Assert.Single(result.Errors);
        Assert.Empty(result.Projects);
        Assert.Equal("broken.docx", error.Location.File);
        Assert.Contains("不是有效的 Office 文档", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocxWithoutTargetTable_SaysSo()
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new DocumentFormat.OpenXml.Wordprocessing.Body(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("会议纪要"))));
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }

        var error = Assert.Single(DocumentFormats.Parse("notes.docx", stream.ToArray()).Errors);

        Assert.Contains("没有找到绩效目标表", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocxTableMissingAColumn_NamesTheRow()
    {
        // A table whose indicator rows have four cells instead of five.
        var project = Corpus[1] with { Indicators = Corpus[1].Indicators.Take(2).ToList() };
        using var stream = new MemoryStream();
        DocxTableWriter.Write([project], stream);
        var bytes = RemoveLastCellOfLastRow(stream.ToArray());

        var result = DocumentFormats.Parse("gap.docx", bytes);

        Assert.Empty(result.Projects);
        Assert.Contains(result.Errors, e => e.Field == "指标行" && e.Message.Contains("只有 4 个单元格，应为 5 个", StringComparison.Ordinal));
    }

    private static byte[] RemoveLastCellOfLastRow(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: true))
        {
            var row = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Last();
            row.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Last().Remove();
        }

        return stream.ToArray();
    }

    private static void AssertIdentical(IReadOnlyList<Project> expected, IReadOnlyList<Project> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.Seq, e.Name, e.Department, e.DepartmentCode, e.Budget, e.Usage, e.Goals), (a.Seq, a.Name, a.Department, a.DepartmentCode, a.Budget, a.Usage, a.Goals));
            Assert.Equal(e.Indicators.Select(r => (r.Level1, r.Level2, r.Level3, r.Description, r.Value, r.Target)),
                a.Indicators.Select(r => (r.Level1, r.Level2, r.Level3, r.Description, r.Value, r.Target)));
        }
    }
}
