using System.Globalization;
using Assistant.Retrieval.Corpus;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Retrieval.Documents;

/// <summary>
/// Writes target tables as Word documents in the official layout: the title "…绩效目标表", the department and
/// 单位：万元 line, the budget block, the goals, and the indicator table with 一级/二级 cells merged vertically.
/// </summary>
public static class DocxTableWriter
{
    private const int Columns = 7;

    /// <summary>Writes <paramref name="projects"/> (one table each, page-separated) to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<Project> projects, Stream output)
    {
        ArgumentNullException.ThrowIfNull(projects);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        for (var i = 0; i < projects.Count; i++)
        {
            if (i > 0)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            }

            Append(body, projects[i]);
        }

        body.Append(new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1000, Bottom = 1000, Left = 1000, Right = 1000 }));
    }

    private static void Append(Body body, Project p)
    {
        body.Append(TextParagraph($"{p.Seq}.{p.Name}绩效目标表", bold: true, size: 32, JustificationValues.Center));
        body.Append(TextParagraph($"{p.DepartmentCode}{p.Department}", bold: false, size: 21, JustificationValues.Left));
        body.Append(TextParagraph("单位：万元", bold: false, size: 21, JustificationValues.Right));
        var budget = Table();
        budget.Append(Row(Cell("项目名称", bold: true), Cell(p.Name, span: Columns - 1)));
        budget.Append(Row(Cell("预算规模及资金用途", bold: true, merge: MergedCellValues.Restart), Cell("预算数", bold: true), Cell(Amount(p.Budget.Total)),
            Cell("其中：财政资金", bold: true), Cell(Amount(p.Budget.Fiscal)), Cell("其他资金", bold: true), Cell(p.Budget.Other == 0 ? string.Empty : Amount(p.Budget.Other))));
        budget.Append(Row(Cell(string.Empty, merge: MergedCellValues.Continue), Cell(p.Usage, span: Columns - 1)));
        budget.Append(Row(Cell("绩效目标", bold: true), Cell(p.Goals, span: Columns - 1)));
        body.Append(budget);
        body.Append(new Paragraph());

        var indicators = Table();
        indicators.Append(Row(new[] { "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值" }.Select(h => Cell(h, bold: true)).ToArray()));
        for (var i = 0; i < p.Indicators.Count; i++)
        {
            var row = p.Indicators[i];
            var sameLevel1 = i > 0 && p.Indicators[i - 1].Level1 == row.Level1;
            var sameLevel2 = sameLevel1 && p.Indicators[i - 1].Level2 == row.Level2;
            indicators.Append(Row(
                Cell(sameLevel1 ? string.Empty : row.Level1, merge: sameLevel1 ? MergedCellValues.Continue : MergedCellValues.Restart),
                Cell(sameLevel2 ? string.Empty : row.Level2, merge: sameLevel2 ? MergedCellValues.Continue : MergedCellValues.Restart),
                Cell(row.Level3), Cell(row.Description), Cell(row.Value)));
        }

        body.Append(indicators);
    }

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static Table Table() => new(new TableProperties(
        new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, bool bold = false, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        var cell = new TableCell(properties);
        foreach (var line in text.Split('\n'))
        {
            cell.Append(TextParagraph(line, bold, size: 21, JustificationValues.Left));
        }

        return cell;
    }

    private static Paragraph TextParagraph(string text, bool bold, int size, JustificationValues justification)
    {
        var runProperties = new RunProperties(new RunFonts { EastAsia = "宋体", Ascii = "Times New Roman" }, new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        // Spaces are preserved: a raw value such as "≤493万元 " must come back exactly.
        return new Paragraph(new ParagraphProperties(new Justification { Val = justification }),
            new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
