using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Parsing;

/// <summary>Reads the cells of one table, in the order the export writes them, into a <see cref="Project"/>.</summary>
internal sealed partial class TableReader(IReadOnlyList<Cell> cells, int lastLine)
{
    private static readonly string[] Header = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"];
    private int _next;

    /// <summary>Reads the table whose title (at <paramref name="source"/>) gave <paramref name="seq"/>.</summary>
    public Project Read(int seq, SourceLocation source, int budgetYear)
    {
        var departmentCell = Take("部门", required: true);
        var department = DepartmentRegex().Match(departmentCell.Text.Trim());
        Label("单位", prefixOnly: true);
        Label("项目名称");
        var name = Take("项目名称", required: true).Text.Trim();
        Label("预算规模及资金用途");
        Label("预算数");
        var total = Amount("预算数", required: true);
        Label("其中：财政资金");
        var fiscal = Amount("财政资金", required: false);
        Label("其他资金");
        var other = Amount("其他资金", required: false);
        var usageLabel = Take("资金用途");
        if (usageLabel.Compact.Length > 0 && usageLabel.Compact != "资金用途")
        {
            throw new TableFormatException(usageLabel.Line, "资金用途", $"此处是「{usageLabel.Text}」，应为资金用途前的空白标签单元格");
        }

        var usage = Take("资金用途").Text.Trim();
        Label("绩效目标");
        var goals = Take("绩效目标").Text.Trim();
        foreach (var column in Header)
        {
            Label(column);
        }

        var indicators = ReadIndicators(budgetYear);
        return new Project(seq, name, department.Groups["name"].Value, department.Groups["code"].Value,
            new Budget(total, fiscal, other), usage, goals, budgetYear, source, indicators);
    }

    private List<Indicator> ReadIndicators(int budgetYear)
    {
        var rows = new List<Indicator>();
        var pending = new List<Cell>();
        string? level1 = null;
        string? level2 = null;
        foreach (var group in cells.Skip(_next).GroupBy(c => c.Group))
        {
            var groupCells = group.ToList();
            if (pending.Count + groupCells.Count > Header.Length)
            {
                var first = pending.Count > 0 ? pending[0] : groupCells[0];
                var count = pending.Count > 0 ? pending.Count : groupCells.Count;
                throw new TableFormatException(first.Line, "指标行",
                    $"指标行有 {count} 个单元格，应为 {Header.Length} 个（{string.Join("、", Header)}）");
            }

            // Word sometimes breaks a row with blank lines: keep collecting until the row has all its cells.
            pending.AddRange(groupCells);
            if (pending.Count < Header.Length)
            {
                continue;
            }

            level1 = Fill(pending[0], level1, "一级指标");
            level2 = Fill(pending[1], level2, "二级指标");
            var level3 = pending[2].Text.Trim();
            if (level3.Length == 0)
            {
                throw new TableFormatException(pending[2].Line, "三级指标", "三级指标单元格是空的，应填写指标名称");
            }

            var value = pending[4].Text;
            rows.Add(new Indicator(level1, level2, level3, pending[3].Text.Trim(), value,
                TargetNormaliser.Normalise(value, budgetYear), pending[0].Line));
            pending.Clear();
        }

        if (pending.Count > 0)
        {
            throw new TableFormatException(pending[0].Line, "指标行",
                $"表格不完整：最后一个指标行只有 {pending.Count} 个单元格，应为 {Header.Length} 个（{string.Join("、", Header)}）");
        }

        if (rows.Count == 0)
        {
            throw new TableFormatException(lastLine, "指标行", "表格没有指标行：“一级指标…指标值”表头之后应至少有一行");
        }

        return rows;
    }

    // An empty 一级/二级 cell means "same as the row above" (vertically merged in Word).
    private static string Fill(Cell cell, string? above, string field)
    {
        var text = cell.Text.Trim();
        if (text.Length > 0)
        {
            return text;
        }

        return above ?? throw new TableFormatException(cell.Line, field, $"第一个指标行的{field}是空的，应填写如 产出指标、效益指标、满意度指标");
    }

    private Cell Take(string field, bool required = false)
    {
        if (_next >= cells.Count)
        {
            throw new TableFormatException(lastLine, field, $"表格提前结束，缺少「{field}」单元格");
        }

        var cell = cells[_next++];
        if (required && cell.Compact.Length == 0)
        {
            throw new TableFormatException(cell.Line, field, $"「{field}」单元格是空的");
        }

        return cell;
    }

    private void Label(string label, bool prefixOnly = false)
    {
        var cell = Take(label);
        var compact = cell.Compact;
        var expected = label.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (prefixOnly ? !compact.StartsWith(expected, StringComparison.Ordinal) : compact != expected)
        {
            throw new TableFormatException(cell.Line, label, $"此处是「{cell.Text.Trim()}」，应为标签「{label}」");
        }
    }

    private decimal Amount(string field, bool required)
    {
        var cell = Take(field);
        var text = WidthFolder.Fold(cell.Compact);
        if (text.Length == 0 && !required)
        {
            return 0m;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            return amount;
        }

        throw new TableFormatException(cell.Line, field, $"「{cell.Text.Trim()}」不是金额，应为以万元计的数字，如 230.00");
    }

    [GeneratedRegex(@"^(?<code>\d{6})?\s*(?<name>.*)$", RegexOptions.Singleline)]
    private static partial Regex DepartmentRegex();
}
