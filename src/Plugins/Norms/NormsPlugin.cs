using System.ComponentModel;
using System.Globalization;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Results;
using Assistant.Retrieval.Normalisation;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Norms;

/// <summary>The norms of an indicator: the target values past projects set, and how often.</summary>
public sealed class NormsPlugin(ProjectQueryEngine engine)
{
    /// <summary>The distribution of target values for an indicator subject.</summary>
    [KernelFunction("indicator_norms")]
    [Description("查询某类指标过去项目一般怎么设目标值：各目标值（如 ≥90%）被多少个项目使用、是哪些项目，最常见值和中位数阈值。" +
                 "How past projects set an indicator's target: each normalised value (e.g. ≥90%), how many projects used it and which, " +
                 "the most common value and the median threshold. Percentages are numbers such as 90 for 90%; money is in 万元.")]
    public NormResult GetNorms(
        [Description("指标主题，如 满意度、专家库人数、技术咨询服务时间 / indicator subject")] string subject,
        [Description("只看某部门（可选）/ restrict to a department (optional)")] string? department = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var inDepartment = string.IsNullOrWhiteSpace(department) ? null : engine.ResolveDepartment(department);
        var matched = new SubjectMatcher(engine.Index).Match(subject);
        var rows = engine.Index.Projects
            .Where(p => inDepartment is null || p.Department == inDepartment)
            .SelectMany(p => matched.TryGetValue(p, out var r) ? r.Select(row => (Project: p, Indicator: p.Indicators[row])) : [])
            .ToList();
        var values = rows
            .GroupBy(r => Normalised(r.Indicator.Target) ?? r.Indicator.Value.Trim())
            .Select(g => new NormValue(g.Key, g.First().Indicator.Target.Comparator,
                g.First().Indicator.Target.IsQuantified ? g.First().Indicator.Target.Number : null,
                g.First().Indicator.Target.Unit, g.Select(r => r.Project).Distinct().Count(),
                g.Select(r => r.Project.Name).Distinct().ToList()))
            .OrderByDescending(v => v.Count)
            .ThenByDescending(v => v.Number ?? decimal.MinValue)
            .ToList();
        var numeric = values.Where(v => v.Number is not null).ToList();
        var mostCommon = numeric.FirstOrDefault();
        var unit = mostCommon?.Unit;
        var thresholds = rows.Where(r => r.Indicator.Target.IsQuantified && r.Indicator.Target.Number is not null && r.Indicator.Target.Unit == unit)
            .Select(r => r.Indicator.Target.Number!.Value).Order().ToList();
        return new NormResult(subject.Trim(), rows.Count, rows.Select(r => r.Project).Distinct().Count(), values, mostCommon,
            Median(thresholds), unit, rows.Select(r => Citation.Of(r.Project, r.Indicator)).ToList());
    }

    /// <summary>A target written canonically (<c>≥95%</c>, <c>≤230万元</c>), or null for text and deadlines.</summary>
    public static string? Normalised(IndicatorTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.IsQuantified || target.Number is not { } number || target.Kind == TargetKind.Deadline)
        {
            return null;
        }

        // A value written without a comparator (100%) shows none.
        var op = target.Comparator is { } c and not (Comparator.Equal or Comparator.Before) ? ComparatorSymbol.Of(c) : string.Empty;
        var per = target.Per is { } p ? "/" + p : string.Empty;
        return op + number.ToString("0.##", CultureInfo.InvariantCulture) + target.Unit + per;
    }

    private static decimal? Median(List<decimal> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };
}
