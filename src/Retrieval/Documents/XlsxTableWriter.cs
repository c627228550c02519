using System.Globalization;
using Assistant.Retrieval.Corpus;
using ClosedXML.Excel;

namespace Assistant.Retrieval.Documents;

/// <summary>Writes target tables to Excel in the same layout as the Word tables (one sheet per table).</summary>
public static class XlsxTableWriter
{
    /// <summary>Writes <paramref name="projects"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<Project> projects, Stream output)
    {
        ArgumentNullException.ThrowIfNull(projects);
        using var workbook = new XLWorkbook();
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
