using System.Globalization;
using Assistant.Retrieval.Corpus;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assistant.Retrieval.Documents;

/// <summary>
/// Writes target tables to Excel in the Word table's layout (one sheet per table): the title, department and 单位 line,
/// the budget block, then the indicator table with 一级/二级 merged down and 指标值 spanning to the right edge. Printed,
/// a sheet is A4 landscape, one page wide, with the indicator header repeated; every cell wraps and every row is tall
/// enough to show all its lines.
/// </summary>
public static partial class XlsxTableWriter
{
    private const int Columns = 7;

    // Widths in Excel's units (the width of "0"): 一级, 二级, 三级, 描述, then 指标值 across the last three.
    private static readonly double[] Widths = [14, 14, 26, 34, 14, 12, 14];

    /// <summary>Writes <paramref name="projects"/> to <paramref name="output"/>.</summary>
    /// <param name="projects">The tables, one sheet each.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="matches">For a query result: per project name, the indicators that matched; written first as a
    /// 查询结果 sheet listing the projects with their matched indicators.</param>
    /// <param name="maxSheets">At most this many tables get a sheet of their own (the first ones); the 查询结果 sheet
    /// still lists every project and says how many tables follow.</param>
    public static void Write(IReadOnlyList<Project> projects, Stream output, IReadOnlyDictionary<string, IReadOnlyList<string>>? matches = null,
        int maxSheets = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(projects);
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = "宋体";
        workbook.Style.Font.FontSize = 11;
        if (matches is not null)
        {
            WriteResults(workbook, projects, matches, Math.Min(maxSheets, projects.Count));
        }

        foreach (var p in projects.Take(maxSheets))
        {
            WriteTable(workbook.Worksheets.Add(SheetName(workbook, p)), p);
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        AbsolutePrintTitles(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    // ClosedXML writes print titles as '表'!8:8; LibreOffice repeats the rows only for the absolute '表'!$8:$8 that
    // Excel itself writes, so the saved package's defined names are made absolute.
    private static void AbsolutePrintTitles(MemoryStream package)
    {
        using var document = SpreadsheetDocument.Open(package, isEditable: true);
        foreach (var name in document.WorkbookPart?.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
        {
            if (name.Name?.Value == "_xlnm.Print_Titles" && name.Text is { } text)
            {
                name.Text = RowRange().Replace(text, "!$$${first}:$$${last}");
            }
        }
    }

    [GeneratedRegex(@"!(?<first>\d+):(?<last>\d+)$")]
    private static partial Regex RowRange();

    private static void WriteTable(IXLWorksheet sheet, Project p)
    {
        for (var c = 0; c < Columns; c++)
        {
            sheet.Column(c + 1).Width = Widths[c];
        }

        var title = Span(sheet, 1, 1, Columns, $"{p.Seq}.{p.Name}绩效目标表");
        title.Style.Font.SetBold().Font.SetFontSize(16).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        sheet.Row(1).Height = XlsxRowHeight.Of([(title.GetString(), Widths.Sum() / 1.5)]) * 1.5;
        Span(sheet, 2, 1, 5, $"{p.DepartmentCode}{p.Department}");
        Span(sheet, 2, 6, Columns, "单位：万元").Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
        Fit(sheet, 2);

        Label(Text(sheet, 3, 1, "项目名称"));
        Span(sheet, 3, 2, Columns, p.Name);
        string[] budget = ["预算规模及资金用途", "预算数", Amount(p.Budget.Total), "其中：财政资金", Amount(p.Budget.Fiscal), "其他资金", p.Budget.Other == 0 ? string.Empty : Amount(p.Budget.Other)];
        for (var c = 0; c < budget.Length; c++)
        {
            var cell = Text(sheet, 4, c + 1, budget[c]);
            if (c % 2 == 1 || c == 0)
            {
                Label(cell);
            }
        }

        sheet.Range(4, 1, 5, 1).Merge();
        Span(sheet, 5, 2, Columns, p.Usage);
        Label(Text(sheet, 6, 1, "绩效目标"));
        Span(sheet, 6, 2, Columns, p.Goals);
        Grid(sheet.Range(3, 1, 6, Columns));
        for (var r = 3; r <= 6; r++)
        {
            Fit(sheet, r);
        }

        const int header = 8;
        string[] headings = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"];
        for (var c = 0; c < headings.Length; c++)
        {
            Label(c == 4 ? Span(sheet, header, 5, Columns, headings[c]) : Text(sheet, header, c + 1, headings[c]))
                .Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        }

        var r0 = header + 1;
        for (var i = 0; i < p.Indicators.Count; i++)
        {
            var row = p.Indicators[i];
            string[] cells = [row.Level1, row.Level2, row.Level3, row.Description];
            for (var c = 0; c < cells.Length; c++)
            {
                Text(sheet, r0 + i, c + 1, cells[c]);
            }

            Span(sheet, r0 + i, 5, Columns, row.Value);
        }

        var last = r0 + p.Indicators.Count - 1;
        MergeDown(sheet, r0, last, 1, i => p.Indicators[i].Level1);
        MergeDown(sheet, r0, last, 2, i => (p.Indicators[i].Level1, p.Indicators[i].Level2));
        Grid(sheet.Range(header, 1, Math.Max(header, last), Columns));
        for (var r = header; r <= last; r++)
        {
            Fit(sheet, r);
        }

        // Row 7 stays blank and unstyled: the reader takes a styled row for a table row.
        foreach (var range in new[] { sheet.Range(1, 1, 6, Columns), sheet.Range(header, 1, Math.Max(header, last), Columns) })
        {
            range.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        }

        Print(sheet, header);
    }

    // Cells of a column that repeat the row above (一级, 二级 of one run) merge into one, as in the Word table.
    private static void MergeDown<T>(IXLWorksheet sheet, int first, int last, int column, Func<int, T> key)
    {
        var start = first;
        for (var r = first + 1; r <= last + 1; r++)
        {
            if (r <= last && EqualityComparer<T>.Default.Equals(key(r - first), key(start - first)))
            {
                continue;
            }

            if (r - 1 > start)
            {
                sheet.Range(start, column, r - 1, column).Merge();
            }

            start = r;
        }
    }

    private static void WriteResults(XLWorkbook workbook, IReadOnlyList<Project> projects, IReadOnlyDictionary<string, IReadOnlyList<string>> matches, int sheets)
    {
        var sheet = workbook.Worksheets.Add(XlsxTableReader.ResultsSheet);
        double[] widths = [6, 40, 30, 14, 60];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }

        string[] header = ["#", "项目名称", "部门", "预算数（万元）", "匹配的指标（三级指标：指标值）"];
        for (var c = 0; c < header.Length; c++)
        {
            Label(Text(sheet, 1, c + 1, header[c]));
        }

        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            Text(sheet, i + 2, 1, (i + 1).ToString(CultureInfo.InvariantCulture));
            Text(sheet, i + 2, 2, p.Name);
            Text(sheet, i + 2, 3, p.Department);
            Text(sheet, i + 2, 4, Amount(p.Budget.Total));
            Text(sheet, i + 2, 5, string.Join("\n", matches.TryGetValue(p.Name, out var m) ? m : []));
        }

        var range = sheet.Range(1, 1, projects.Count + 1, header.Length);
        Grid(range);
        range.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        if (sheets < projects.Count)
        {
            // A list too long for a sheet per table: every project is listed above, the first tables follow.
            Text(sheet, projects.Count + 3, 2, $"共 {projects.Count} 个项目；其后的工作表只附前 {sheets} 个项目的绩效目标表");
        }

        for (var r = 1; r <= projects.Count + 1; r++)
        {
            sheet.Row(r).Height = XlsxRowHeight.Of(Enumerable.Range(1, header.Length).Select(c => (sheet.Cell(r, c).GetString(), widths[c - 1])));
        }

        Print(sheet, 1);
    }

    // A4 landscape, one page wide (as many pages tall as it needs), centred, the header row on every page.
    private static void Print(IXLWorksheet sheet, int headerRow)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.CenterHorizontally = true;
        sheet.PageSetup.Margins.SetLeft(0.5).SetRight(0.5).SetTop(0.6).SetBottom(0.6);
        sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
    }

    // A row as tall as its tallest cell's wrapped text (a merged cell counts its whole width).
    private static void Fit(IXLWorksheet sheet, int row)
    {
        var cells = new List<(string, double)>();
        for (var c = 1; c <= Columns; c++)
        {
            var cell = sheet.Cell(row, c);
            if (cell.IsMerged() && !cell.MergedRange().FirstCell().Address.Equals(cell.Address))
            {
                continue;
            }

            // A cell merged down shares its lines among its rows; count it in none (its text is short: 一级, 二级).
            var merged = cell.IsMerged() ? cell.MergedRange() : null;
            if (merged is not null && merged.RowCount() > 1)
            {
                continue;
            }

            var last = merged?.LastColumn().ColumnNumber() ?? c;
            cells.Add((cell.GetString(), Widths.Skip(c - 1).Take(last - c + 1).Sum()));
        }

        sheet.Row(row).Height = XlsxRowHeight.Of(cells);
    }

    private static IXLCell Span(IXLWorksheet sheet, int row, int first, int last, string text)
    {
        var cell = Text(sheet, row, first, text);
        if (last > first)
        {
            sheet.Range(row, first, row, last).Merge();
        }

        return cell;
    }

    private static IXLCell Label(IXLCell cell)
    {
        cell.Style.Font.SetBold();
        return cell;
    }

    // Every cell is text: "230.00" and "100%" must come back as written, not as numbers.
    internal static IXLCell Text(IXLWorksheet sheet, int row, int column, string text)
    {
        var cell = sheet.Cell(row, column);
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        return cell;
    }

    // Borders make the table's empty cells (其他资金 left blank) part of the used range the reader walks.
    private static void Grid(IXLRange range)
    {
        range.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
    }

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string SheetName(XLWorkbook workbook, Project p)
    {
        var name = string.Concat($"{p.Seq}.{p.Name}".Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal)));
        name = name.Length > 31 ? name[..31] : name;
        var unique = name;
        for (var n = 2; workbook.Worksheets.Contains(unique); n++)
        {
            unique = $"{name[..Math.Min(name.Length, 28)]}~{n}";
        }

        return unique;
    }
}
