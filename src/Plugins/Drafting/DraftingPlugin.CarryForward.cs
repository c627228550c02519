using System.Globalization;
using Assistant.Plugins.Norms;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Drafting;

/// <summary>Drafting next year's table of a project that has one: its latest table carried forward.</summary>
public sealed partial class DraftingPlugin
{
    // Every row carried forward with its year moved on; a 满意度 below the corpus's usual value raised to it; the cost
    // rows replaced by the new budget (last year's may not fit it); rows that cannot be read left out (R05).
    private static DraftTable CarryForward(Project earlier, decimal budget, int budgetYear, string? department, IReadOnlyList<Project> corpus)
    {
        var from = earlier.Year.ToString(CultureInfo.InvariantCulture);
        var to = budgetYear.ToString(CultureInfo.InvariantCulture);
        string Moved(string text) => text.Replace(from, to, StringComparison.Ordinal);
        var usual = Satisfaction(corpus.Where(p => p.Year == earlier.Year).ToList());
        var usualTarget = TargetNormaliser.Normalise(usual.Value, budgetYear);
        var rows = new List<DraftIndicator>();
        foreach (var row in earlier.Indicators.Where(i => i.Target.Kind != TargetKind.Unreadable && !IsCost(i)))
        {
            var source = $"{from}年本项目表第 {row.Line} 行（{row.Value.Trim()}）";
            var value = Moved(row.Value.Trim());
            if (row.Level1 == "满意度指标" && row.Target is { Kind: TargetKind.Percent, Number: { } number } && usualTarget.Number is { } norm && number < norm)
            {
                (value, source) = (NormsPlugin.Normalised(usualTarget) ?? value, $"{source}，按常用值提高");
            }

            rows.Add(new DraftIndicator(row.Level1, row.Level2, Moved(row.Level3), Moved(row.Description), value, source));
        }

        var amount = budget.ToString("0.##", CultureInfo.InvariantCulture);
        rows.Add(new DraftIndicator("产出指标", "成本指标", "项目总成本", "项目预算支出控制", $"≤{amount}万元", "预算数"));
        rows.AddRange(MissingParts(rows));

        var ordered = InTableOrder(rows);
        var goals = $"【草稿：由{from}年本项目的表延续，请按{to}年的任务修改】\n{Moved(earlier.Goals)}";
        return new DraftTable(earlier.Name, department?.Trim() is { Length: > 0 } d ? d : earlier.Department, new Budget(budget, budget, 0m), budgetYear,
            goals, ordered, [new SimilarReference(earlier.Name, 1f)], earlier.Year);
    }

    private static bool IsCost(Indicator row) => row.Level2 == "成本指标" || row.Level1 == "成本指标";
}
