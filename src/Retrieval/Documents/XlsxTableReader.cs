using ClosedXML.Excel;

namespace Assistant.Retrieval.Documents;

/// <summary>
/// Reads an Excel workbook of target tables (the layout <see cref="XlsxTableWriter"/> writes, one table per sheet)
/// into the Word text export layout the parser reads. Cells covered by a merge read as empty ("same as above").
/// </summary>
public static class XlsxTableReader
{
    /// <summary>The name of the query-results sheet a results export starts with.</summary>
    public const string ResultsSheet = "查询结果";

    /// <summary>The workbook as export text.</summary>
    /// <exception cref="InvalidDataException">The file is not a readable .xlsx.</exception>
    public static string ToExportText(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(xlsx);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException("无法读取 .xlsx：不是有效的 Excel 文件（zip 包）", ex);
        }

        using (workbook)
        {
            var text = new ExportTextBuilder();
            // A 查询结果 sheet lists results; the tables are the other sheets.
            foreach (var sheet in workbook.Worksheets.Where(w => w.Name != ResultsSheet))
            {
                foreach (var row in sheet.RowsUsed(XLCellsUsedOptions.All))
                {
                    var last = row.LastCellUsed(XLCellsUsedOptions.All)?.Address.ColumnNumber ?? 0;
                    var cells = Enumerable.Range(1, last).Select(c => row.Cell(c)).Where(c => !IsCoveredHorizontally(c)).ToList();
                    var first = cells.Count > 0 ? Read(cells[0]) : string.Empty;
                    if (cells.Count == 1 && first.TrimEnd().EndsWith("绩效目标表", StringComparison.Ordinal))
                    {
                        text.Title(first);
                        text.EndRow();
                        continue;
                    }

                    foreach (var cell in cells)
                    {
                        text.Cell(Read(cell).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
                    }

                    text.EndRow();
                }

                text.EndRow();
            }

            return text.ToString();
        }
    }

    // A cell inside a merge but not its top-left reads as empty; only columns covered to the right are dropped,
    // so a vertically merged 一级指标 keeps its place in each row.
    private static bool IsCoveredHorizontally(IXLCell cell) =>
        cell.IsMerged() && cell.MergedRange().FirstCell().Address.ColumnNumber != cell.Address.ColumnNumber;

    private static string Read(IXLCell cell) =>
        cell.IsMerged() && !cell.MergedRange().FirstCell().Address.Equals(cell.Address) ? string.Empty : cell.GetString();
}
