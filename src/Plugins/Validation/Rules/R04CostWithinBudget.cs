using System.Globalization;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Validation.Rules;

/// <summary>
/// R04: the cost indicators (money amounts with ≤ or =) add up to no more than the budget; a cost indicator with ≥ or
/// &gt; points the wrong way; per-unit costs (万元/人) are reported, not summed.
/// </summary>
public sealed class R04CostWithinBudget : IValidationRule
{
    private static readonly IndicatorCategory Cost = IndicatorCategory.Find("成本指标")!;

    /// <inheritdoc />
    public string Id => "R04";

    /// <inheritdoc />
    public string Title => "成本指标合计不应超过预算数";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var summed = new List<Indicator>();
        foreach (var row in project.Indicators.Where(i => Cost.Contains(i) && i.Target.Kind == TargetKind.Money))
        {
            var target = row.Target;
            if (target.Per is not null)
            {
                yield return Finding.Row(Id, Severity.Info, project, row, $"单位成本「{row.Value.Trim()}」按每{target.Per}计，不计入成本合计");
            }
            else if (target.Comparator is Comparator.GreaterOrEqual or Comparator.Greater)
            {
                yield return Finding.Row(Id, Severity.Warning, project, row, $"成本指标「{row.Value.Trim()}」用了下限（≥/>），成本应设上限（≤）");
            }
            else
            {
                summed.Add(row);
            }
        }

        var total = summed.Sum(r => r.Target.AmountWan ?? 0m);
        if (summed.Count > 0 && total > project.Budget.Total)
        {
            var first = summed[0];
            var parts = string.Join(" + ", summed.Select(r => r.Value.Trim()));
            yield return Finding.Row(Id, Severity.Error, project, first, string.Create(CultureInfo.InvariantCulture,
                $"成本指标合计 {total:0.##} 万元（{parts}）超过预算数 {project.Budget.Total:0.##} 万元")) with { Excess = total - project.Budget.Total };
        }
    }
}
