using System.ComponentModel;
using System.Globalization;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Drafting;

/// <summary>Changing a draft as the clerk asks, deterministically, and reviewing it again.</summary>
public sealed partial class DraftingPlugin
{
    /// <summary>The draft with one change applied, reviewed again.</summary>
    [KernelFunction("revise_draft")]
    [Description("按用户的要求修改上一份草稿（改某行的值、删行、加行、改预算、填部门），或不改只检查，并重新按审核规则检查。" +
                 "Apply one change to the last draft (set a row's value, remove a row, add a row, change the budget, name the department), or none (review), and review it again.")]
    public DraftResult Revise([Description("上一份草稿 / the draft")] DraftTable draft, [Description("要做的修改 / the change")] DraftEdit edit)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(edit);
        var rows = draft.Indicators.ToList();
        var budget = draft.Budget;
        var department = draft.Department;
        var warnings = draft.Warnings ?? [];
        switch (edit.Action)
        {
            case "set":
                var targets = Rows(rows, edit);
                var value = edit.Value?.Trim() ?? throw new ArgumentException("edit.Value：改值需要给出新的指标值，如 ≥95%", nameof(edit));
                foreach (var i in targets)
                {
                    rows[i] = rows[i] with { Value = WithComparator(value, rows[i].Value, draft.Year), Source = "用户修改" };
                }

                break;
            case "remove":
                foreach (var i in Rows(rows, edit).OrderDescending())
                {
                    rows.RemoveAt(i);
                }

                break;
            case "add":
                var level3 = edit.Indicator?.Trim() is { Length: > 0 } named ? named : throw new ArgumentException("edit.Indicator：加行需要给出新的三级指标，如 培训人次", nameof(edit));
                var added = edit.Value?.Trim() ?? throw new ArgumentException("edit.Value：加行需要给出指标值，如 ≥300人次", nameof(edit));
                var (level1, level2) = Category(TargetNormaliser.Normalise(added, draft.Year));
                rows.Add(new DraftIndicator(level1, level2, level3, level3, added, "用户添加"));
                rows = InTableOrder(rows);
                break;
            case "budget":
                var amount = edit.Budget is { } b && b > 0 ? b : throw new ArgumentException("edit.Budget：预算要是大于 0 的万元数", nameof(edit));
                budget = new Budget(amount, amount, 0m);
                var text = amount.ToString("0.##", CultureInfo.InvariantCulture);
                rows = rows.Select(r => r.Level3 == "项目总成本" ? r with { Value = $"≤{text}万元", Source = "预算数" } : r).ToList();
                break;
            case "department":
                // One department of the corpus, by full or short name; the warning that asked for it goes.
                var asked = edit.Department?.Trim() ?? throw new ArgumentException("edit.Department：需要给出部门名称，如 信息所", nameof(edit));
                department = Queries.DepartmentResolver.Candidates(asked, corpus.Current.Projects.Select(p => p.Department).Distinct()) is [var one]
                    ? one
                    : throw new ArgumentException($"edit.Department：「{asked}」不是语料中的某一个部门（可用全称或简称，如 信息所、战略院）", nameof(edit));
                warnings = warnings.Except(NoDepartment(null)).ToList();
                break;
            case "review":
                break; // 检查一下这个草稿: unchanged, reviewed again
            default:
                throw new ArgumentException($"edit.Action：未知的修改「{edit.Action}」，可用 set、remove、add、budget、department、review", nameof(edit));
        }

        var revised = draft with { Indicators = rows, Budget = budget, Department = department, Warnings = warnings };
        return new DraftResult(revised, validator.Validate([ToProject(revised)], corpus.Current.Projects));
    }

    // The rows an edit names: by number, else every row whose 三级指标 holds the words or whose category they name.
    private static List<int> Rows(List<DraftIndicator> rows, DraftEdit edit)
    {
        if (edit.Row is { } n)
        {
            return n >= 1 && n <= rows.Count ? [n - 1] : throw new ArgumentException($"edit.Row：草稿只有 {rows.Count} 行，没有第 {n} 行", nameof(edit));
        }

        var words = edit.Indicator?.Trim() ?? throw new ArgumentException("edit.Row：请用行号或三级指标指明要改哪一行", nameof(edit));
        var category = Queries.IndicatorCategory.Find(words);
        var found = Enumerable.Range(0, rows.Count)
            .Where(i => rows[i].Level3.Contains(words, StringComparison.Ordinal) || (category is not null && (rows[i].Level1 == category.Name || rows[i].Level2 == category.Name)))
            .ToList();
        return found.Count > 0 ? found : throw new ArgumentException($"edit.Indicator：草稿里没有「{words}」这一行", nameof(edit));
    }

    // 95% for a row written ≥90% keeps its ≥: the clerk changed the number, not the direction.
    private static string WithComparator(string value, string old, int year)
    {
        var now = TargetNormaliser.Normalise(value, year);
        var before = TargetNormaliser.Normalise(old, year);
        return char.IsAsciiDigit(value[0]) && now.IsQuantified && before.Comparator is { } c && c is not (Comparator.Equal or Comparator.Before)
            ? ComparatorSymbol.Of(c) + value
            : value;
    }

    // Where an added row goes, by how its value is written.
    private static (string Level1, string Level2) Category(IndicatorTarget target) => target.Kind switch
    {
        TargetKind.Percent => ("产出指标", "质量指标"),
        TargetKind.Deadline => ("产出指标", "时效指标"),
        TargetKind.Money => ("产出指标", "成本指标"),
        _ => ("产出指标", "数量指标"),
    };
}
