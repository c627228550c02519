using System.Globalization;
using Assistant.Retrieval.Corpus;
using ClosedXML.Excel;

namespace Assistant.Retrieval.Documents;

/// <summary>Writes target tables to Excel in the same layout as the Word tables (one sheet per table).</summary>
public static class XlsxTableWriter
{
    /// <summary>Writes <paramref name="projects"/> to <paramref name="output"/>.</summary>
    /// <param name="projects">The tables, one sheet each.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="matches">For a query result: per project name, the indicators that matched; written first as a
    /// 查询结果 sheet listing the projects with their matched indicators.</param>
    public static void Write(IReadOnlyList<Project> projects, Stream output, IReadOnlyDictionary<string, IReadOnlyList<string>>? matches = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        using var workbook = new XLWorkbook();
        if (matches is not null)
        {
            WriteResults(workbook, projects, matches);
        }

        foreach (var p in projects)
        {
            var sheet = workbook.Worksheets.Add(SheetName(workbook, p));
            var r = 1;
            Text(sheet, r, 1, $"{p.Seq}.{p.Name}绩效目标表").Style.Font.SetBold();
            sheet.Range(r, 1, r, 7).Merge();
            r++;
            Text(sheet, r, 1, $"{p.DepartmentCode}{p.Department}");
            Text(sheet, r, 2, "单位：万元");
            r++;
            var budgetTop = r;
            Text(sheet, r, 1, "项目名称");
            Text(sheet, r, 2, p.Name);
            sheet.Range(r, 2, r, 7).Merge();
            r++;
            string[] budget = ["预算规模及资金用途", "预算数", Amount(p.Budget.Total), "其中：财政资金", Amount(p.Budget.Fiscal), "其他资金", p.Budget.Other == 0 ? string.Empty : Amount(p.Budget.Other)];
            for (var c = 0; c < budget.Length; c++)
            {
                Text(sheet, r, c + 1, budget[c]);
            }

            sheet.Range(r, 1, r + 1, 1).Merge();
            r++;
            Text(sheet, r, 2, p.Usage);
            sheet.Range(r, 2, r, 7).Merge();
            r++;
            Text(sheet, r, 1, "绩效目标");
            Text(sheet, r, 2, p.Goals).Style.Alignment.SetWrapText();
            sheet.Range(r, 2, r, 7).Merge();
            Grid(sheet.Range(budgetTop, 1, r, 7));
            r += 2;
            var indicatorTop = r;
            string[] header = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"];
            for (var c = 0; c < header.Length; c++)
            {
                Text(sheet, r, c + 1, header[c]).Style.Font.SetBold();
            }

            foreach (var row in p.Indicators)
            {
                r++;
                string[] cells = [row.Level1, row.Level2, row.Level3, row.Description, row.Value];
                for (var c = 0; c < cells.Length; c++)
                {
                    Text(sheet, r, c + 1, cells[c]);
                }
            }

            Grid(sheet.Range(indicatorTop, 1, r, 5));
            // Fixed widths: measuring text would need System.Drawing (libgdiplus), absent on servers.
            foreach (var (column, width) in new[] { (1, 16.0), (2, 18.0), (3, 30.0), (4, 36.0), (5, 22.0), (6, 12.0), (7, 12.0) })
            {
                sheet.Column(column).Width = width;
            }
        }

        workbook.SaveAs(output);
    }

    private static void WriteResults(XLWorkbook workbook, IReadOnlyList<Project> projects, IReadOnlyDictionary<string, IReadOnlyList<string>> matches)
    {
        var sheet = workbook.Worksheets.Add("查询结果");
        string[] header = ["#", "项目名称", "部门", "预算数（万元）", "匹配的指标（三级指标：指标值）"];
        for (var c = 0; c < header.Length; c++)
        {
            Text(sheet, 1, c + 1, header[c]).Style.Font.SetBold();
        }

        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            Text(sheet, i + 2, 1, (i + 1).ToString(CultureInfo.InvariantCulture));
            Text(sheet, i + 2, 2, p.Name);
            Text(sheet, i + 2, 3, p.Department);
            Text(sheet, i + 2, 4, Amount(p.Budget.Total));
            Text(sheet, i + 2, 5, string.Join("\n", matches.TryGetValue(p.Name, out var m) ? m : [])).Style.Alignment.SetWrapText();
        }

        Grid(sheet.Range(1, 1, projects.Count + 1, 5));
        foreach (var (column, width) in new[] { (1, 5.0), (2, 40.0), (3, 30.0), (4, 14.0), (5, 60.0) })
        {
            sheet.Column(column).Width = width;
        }
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
