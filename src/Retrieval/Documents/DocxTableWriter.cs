using System.Globalization;
using Assistant.Retrieval.Corpus;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Retrieval.Documents;

/// <summary>
/// Writes target tables as Word documents in the official layout: the title "…绩效目标表", the department and
/// 单位：万元 line, the budget block, the goals, and the indicator table with 一级/二级 cells merged vertically.
/// Valid against the Office 2013 schema (elements in schema order, a <c>tblGrid</c> for every table); printed, the
/// indicator table's header row repeats on every page and no row splits across pages.
/// </summary>
public static class DocxTableWriter
{
    // A4 landscape with 1.76 cm margins: 16838 − 2 × 1000 twips of text width, shared out by column.
    private const int PageWidth = 16838, PageHeight = 11906, Margin = 1000;
    private static readonly int[] BudgetColumns = [2300, 1700, 1900, 2300, 1900, 1900, 2838];
    private static readonly int[] IndicatorColumns = [1700, 2100, 3600, 4538, 2900];

    private const string Author = "绩效指标助手";

    /// <summary>Writes <paramref name="projects"/> (one table each, each from a new page) to <paramref name="output"/>.</summary>
    /// <param name="projects">The tables.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="marginNote">A note shown in Word's margin beside the first table's title (a draft's confidence and
    /// warnings), or null. Lines are separated by <c>\n</c>.</param>
    public static void Write(IReadOnlyList<Project> projects, Stream output, string? marginNote = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        for (var i = 0; i < projects.Count; i++)
        {
            var title = Append(body, projects[i], newPage: i > 0);
            if (i == 0 && !string.IsNullOrWhiteSpace(marginNote))
            {
                AddComment(main, title, marginNote);
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 500, Footer = 500, Gutter = 0 }));
    }

    private static Paragraph Append(Body body, Project p, bool newPage)
    {
        var title = TextParagraph($"{p.Seq}.{p.Name}绩效目标表", bold: true, size: 32, JustificationValues.Center, newPage);
        body.Append(title);
        body.Append(TextParagraph($"{p.DepartmentCode}{p.Department}", bold: false, size: 21, JustificationValues.Left));
        body.Append(TextParagraph("单位：万元", bold: false, size: 21, JustificationValues.Right));
        var budget = Table(BudgetColumns);
        budget.Append(Row(header: false, Cell("项目名称", BudgetColumns, 0, bold: true), Cell(p.Name, BudgetColumns, 1, span: 6)));
        budget.Append(Row(header: false,
            Cell("预算规模及资金用途", BudgetColumns, 0, bold: true, merge: MergedCellValues.Restart),
            Cell("预算数", BudgetColumns, 1, bold: true), Cell(Amount(p.Budget.Total), BudgetColumns, 2),
            Cell("其中：财政资金", BudgetColumns, 3, bold: true), Cell(Amount(p.Budget.Fiscal), BudgetColumns, 4),
            Cell("其他资金", BudgetColumns, 5, bold: true), Cell(p.Budget.Other == 0 ? string.Empty : Amount(p.Budget.Other), BudgetColumns, 6)));
        budget.Append(Row(header: false, Cell(string.Empty, BudgetColumns, 0, merge: MergedCellValues.Continue), Cell(p.Usage, BudgetColumns, 1, span: 6)));
        budget.Append(Row(header: false, Cell("绩效目标", BudgetColumns, 0, bold: true), Cell(p.Goals, BudgetColumns, 1, span: 6)));
        body.Append(budget);
        body.Append(new Paragraph());

        var indicators = Table(IndicatorColumns);
        indicators.Append(Row(header: true, new[] { "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值" }
            .Select((h, c) => Cell(h, IndicatorColumns, c, bold: true)).ToArray()));
        for (var i = 0; i < p.Indicators.Count; i++)
        {
            var row = p.Indicators[i];
            var sameLevel1 = i > 0 && p.Indicators[i - 1].Level1 == row.Level1;
            var sameLevel2 = sameLevel1 && p.Indicators[i - 1].Level2 == row.Level2;
            indicators.Append(Row(header: false,
                Cell(sameLevel1 ? string.Empty : row.Level1, IndicatorColumns, 0, merge: sameLevel1 ? MergedCellValues.Continue : MergedCellValues.Restart),
                Cell(sameLevel2 ? string.Empty : row.Level2, IndicatorColumns, 1, merge: sameLevel2 ? MergedCellValues.Continue : MergedCellValues.Restart),
                Cell(row.Level3, IndicatorColumns, 2), Cell(row.Description, IndicatorColumns, 3), Cell(row.Value, IndicatorColumns, 4)));
        }

        body.Append(indicators);
        return title;
    }

    // A Word comment anchored on the title: the margin note a reviewer sees beside the table, not part of it.
    private static void AddComment(MainDocumentPart main, Paragraph title, string note)
    {
        const string id = "0";
        var comments = main.AddNewPart<WordprocessingCommentsPart>();
        var comment = new Comment { Id = id, Author = Author, Initials = "助手", Date = DateTime.UtcNow };
        foreach (var line in note.Split('\n'))
        {
            comment.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        }

        comments.Comments = new Comments(comment);
        var run = title.GetFirstChild<Run>()!;
        title.InsertBefore(new CommentRangeStart { Id = id }, run);
        title.InsertAfter(new Run(new CommentReference { Id = id }), title.InsertAfter(new CommentRangeEnd { Id = id }, run));
    }

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    // Children in schema order: tblPr (tblW, tblBorders in top, left, bottom, right, insideH, insideV order, tblLayout), tblGrid.
    private static Table Table(int[] columns) => new(
        new TableProperties(
            new TableWidth { Width = columns.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(columns.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

    // No row splits across a page; the indicator table's header row repeats on every page it runs to.
    private static TableRow Row(bool header, params TableCell[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    private static TableCell Cell(string text, int[] columns, int column, bool bold = false, int span = 1, MergedCellValues? merge = null)
    {
        // tcPr in schema order: tcW, gridSpan, vMerge, vAlign.
        var width = columns.Skip(column).Take(span).Sum();
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var cell = new TableCell(properties);
        foreach (var line in text.Split('\n'))
        {
            cell.Append(TextParagraph(line, bold, size: 21, JustificationValues.Left));
        }

        return cell;
    }

    private static Paragraph TextParagraph(string text, bool bold, int size, JustificationValues justification, bool newPage = false)
    {
        // rPr in schema order: rFonts, b, sz, szCs.
        var runProperties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "宋体" });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        var points = size.ToString(CultureInfo.InvariantCulture);
        runProperties.Append(new FontSize { Val = points }, new FontSizeComplexScript { Val = points });

        // pPr in schema order: pageBreakBefore, jc.
        var paragraphProperties = new ParagraphProperties();
        if (newPage)
        {
            paragraphProperties.Append(new PageBreakBefore());
        }

        paragraphProperties.Append(new Justification { Val = justification });

        // Spaces are preserved: a raw value such as "≤493万元 " must come back exactly.
        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
