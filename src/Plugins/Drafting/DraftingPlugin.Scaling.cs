using System.Globalization;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Drafting;

/// <summary>Borrowed counts that follow the money: scaled from the source project's budget to the new one.</summary>
public sealed partial class DraftingPlugin
{
    // Units of counts a budget buys (活动场次, 支持项目数, 培训人次, 服务企业数); people in a pool (专家库人数) are not.
    private static readonly HashSet<string> BudgetDriven = ["场", "期", "次", "人次", "场次", "批", "项", "家", "家次", "个"];

    // Beyond this ratio of budgets either way, a count scaled by it is arithmetic, not experience: said so.
    private const decimal FarRatio = 4m;

    /// <summary>
    /// A borrowed row with its origin (file, line, why), and a ≥ count in a budget-driven unit scaled by the budgets'
    /// ratio, rounded (to tens from 100 up), never below 1, the arithmetic shown.
    /// </summary>
    private static DraftIndicator Scaled(DraftIndicator row, decimal budget, IReadOnlyList<Project> sources, string why)
    {
        var source = sources.FirstOrDefault(p => p.Name == row.Source);
        if (source is null)
        {
            return row;
        }

        var line = source.Indicators.FirstOrDefault(i => i.Level3 == row.Level3)?.Line ?? source.Source.Line;
        var origin = $"{source.Source.File}:{line}；{why}";
        var target = TargetNormaliser.Normalise(row.Value, source.Year);
        if (target is not { Kind: TargetKind.Quantity, Comparator: Comparator.GreaterOrEqual or Comparator.Greater, Number: { } number, Unit: { } unit } ||
            !BudgetDriven.Contains(unit) || source.Budget.Total <= 0 || budget == source.Budget.Total)
        {
            return row with { Origin = origin };
        }

        var raw = number * budget / source.Budget.Total;
        var rounded = Math.Max(1m, raw >= 100 ? Math.Round(raw / 10, MidpointRounding.AwayFromZero) * 10 : Math.Round(raw, MidpointRounding.AwayFromZero));
        var c = CultureInfo.InvariantCulture;
        var value = ComparatorSymbol.Of(target.Comparator.Value) + rounded.ToString("0", c) + unit;
        return row with
        {
            Value = value,
            Origin = string.Create(c, $"{origin}；按预算折算：{number:0.##}{unit} × {budget:0.##} ÷ {source.Budget.Total:0.##} 万元 ≈ {rounded:0}{unit}"),
        };
    }

    /// <summary>Warnings for counts scaled across budgets more than <see cref="FarRatio"/> times apart.</summary>
    private static IEnumerable<string> ScaledFar(IReadOnlyList<DraftIndicator> rows, decimal budget, IReadOnlyList<Project> sources)
    {
        foreach (var row in rows)
        {
            var source = sources.FirstOrDefault(p => p.Name == row.Source);
            var original = source?.Indicators.FirstOrDefault(i => i.Level3 == row.Level3);
            if (source is null || original is null || original.Value.Trim() == row.Value || source.Budget.Total <= 0)
            {
                continue;
            }

            var ratio = budget / source.Budget.Total;
            if (ratio > FarRatio || ratio < 1 / FarRatio)
            {
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"「{row.Level3}」{row.Value} 是按预算从「{source.Name}」的 {original.Value.Trim()}（{source.Budget.Total:0.##} 万元）折算的，两者预算相差较大，数量仅供参考，请按实际工作量填写。");
            }
        }
    }
}
