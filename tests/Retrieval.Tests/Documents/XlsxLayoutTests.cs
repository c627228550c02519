using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Documents;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assistant.Retrieval.Tests.Documents;

public sealed class XlsxLayoutTests
{
    private static readonly Project First = CorpusLoader.Load(BundledCorpus.Folder).Projects[0];

    [Fact]
    public void Write_Table_PrintsA4LandscapeOnePageWideWithTheHeaderRepeated()
    {
        var bytes = Written(First);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;

        var setup = sheet.GetFirstChild<PageSetup>()!;
        // 9 is A4; fitToWidth is left out when 1, its default.
        Assert.Equal((9u, OrientationValues.Landscape, 1u, 0u), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth?.Value ?? 1u, setup.FitToHeight!.Value));
        Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        var titles = document.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "_xlnm.Print_Titles");
        Assert.EndsWith("!$8:$8", titles.Text, StringComparison.Ordinal); // the 一级指标… header row, absolute as Excel writes it
    }

    [Fact]
    public void Write_Table_HasTheWordLayoutWithEveryLineShown()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Written(First)));
        var sheet = workbook.Worksheets.Single();

        Assert.Equal("一级指标", sheet.Cell(8, 1).GetString());
        Assert.True(sheet.Cell(10, 1).IsMerged()); // 一级 merged down its run, as in Word
        Assert.Equal(sheet.Cell(9, 1).MergedRange().RangeAddress, sheet.Cell(10, 1).MergedRange().RangeAddress);
        Assert.Equal("单位：万元", sheet.Cell(2, 6).GetString()); // not over the department's cell
        Assert.True(sheet.Cell(6, 2).Style.Alignment.WrapText);
        // 绩效目标: four numbered lines in a cell 6 columns wide need at least four lines of height.
        Assert.True(sheet.Row(6).Height >= 4 * 15, $"row 6 is {sheet.Row(6).Height} pt");
    }

    [Theory]
    [InlineData("满意度", 20, 1)]                         // 6 units fit in one line
    [InlineData("支撑在线受理科技奖励提名书数量", 20, 2)] // 30 units wrap once in 19
    [InlineData("第一行\n第二行", 40, 2)]                 // each paragraph starts a line
    [InlineData("", 10, 1)]
    public void Lines_TextInACell_CountsWrappedLines(string text, double width, int lines)
    {
        Assert.Equal(lines, XlsxRowHeight.Lines(text, width));
    }

    private static byte[] Written(Project project)
    {
        using var stream = new MemoryStream();
        XlsxTableWriter.Write([project], stream);
        return stream.ToArray();
    }
}
