using System.ComponentModel;
using Assistant.Plugins.Results;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Normalisation;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Comparison;

/// <summary>Compares a project's table with the same project's table of the year before, row by row.</summary>
public sealed class YearOverYearPlugin(CorpusProvider corpus)
{
    /// <summary>Below this, a differently named table of the previous year is not taken for the same project.</summary>
    public const double MinSimilarity = 0.6;

    /// <summary>The comparison of one project's table with its previous year's.</summary>
    [KernelFunction("compare_years")]
    [Description("把一个项目的绩效目标表与上一年同一项目的表逐行比较：预算变化，指标目标提高、降低、新增、删除，每项给出两年的值和来源行。" +
                 "Compare a project's table with the same project's table of the previous year held (same name, or the closest name " +
                 "above a similarity threshold): budget change and every indicator row raised, lowered, added or dropped, with both values and source rows.")]
    public YearComparison Compare(
        [Description("项目名称（完整）/ the project's full name")] string name,
        [Description("比较的年度，不填为该项目最新的年度 / the year compared; default: the project's latest")] int? year = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var projects = corpus.Current.Projects;
        var current = projects.Where(p => p.Name == name.Trim() && (year is null || p.Year == year)).MaxBy(p => p.Year)
                      ?? throw new ArgumentException($"name: no table named 「{name}」{(year is null ? string.Empty : $" in {year}")}", nameof(name));
        var earlierYear = projects.Where(p => p.Year < current.Year).Select(p => p.Year).DefaultIfEmpty().Max();
        var candidates = projects.Where(p => p.Year == earlierYear && earlierYear > 0).ToList();
        var previous = candidates.FirstOrDefault(p => p.Name == current.Name);
        var similarity = previous is null ? 0d : 1d;
        if (previous is null && candidates.Count > 0)
        {
            var best = candidates.Select(p => (Project: p, Score: Similarity(p.Name, current.Name))).MaxBy(x => x.Score);
            (previous, similarity) = best.Score >= MinSimilarity ? (best.Project, best.Score) : (null, best.Score);
        }

        if (previous is null)
        {
            return new YearComparison(current.Name, current.Year, null, null, similarity, null, Citation.OfBudget(current), []);
        }

        return new YearComparison(current.Name, current.Year, previous.Name, previous.Year, Math.Round(similarity, 2),
            Citation.OfBudget(previous), Citation.OfBudget(current), Rows(previous, current));
    }

    // Rows are paired by 三级指标 (years blanked), in this year's order; rows only last year had come last.
    private static List<RowChange> Rows(Project previous, Project current)
    {
        var pairs = TargetChange.Pairs(previous, current);
        var paired = new Dictionary<Indicator, Indicator>(ReferenceEqualityComparer.Instance);
        foreach (var (then, now) in pairs)
        {
            paired[now] = then;
        }

        var changes = current.Indicators.Select(now => paired.TryGetValue(now, out var then)
            ? new RowChange(now.Level3, Change(then.Target, now.Target, then.Value, now.Value), Citation.Of(previous, then), Citation.Of(current, now))
            : new RowChange(now.Level3, "新增", null, Citation.Of(current, now))).ToList();
        var kept = pairs.Select(p => p.Then).ToHashSet(ReferenceEqualityComparer.Instance);
        changes.AddRange(previous.Indicators.Where(i => !kept.Contains(i)).Select(then => new RowChange(then.Level3, "删除", Citation.Of(previous, then), null)));
        return changes;
    }

    /// <summary>How a target moved: numbers in the same unit up or down, deadlines earlier or later, else rewritten or not.</summary>
    public static string Change(IndicatorTarget then, IndicatorTarget now, string thenText, string nowText)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        var deadline = then.Kind == TargetKind.Deadline && now.Kind == TargetKind.Deadline;
        return TargetChange.Direction(then, now) switch
        {
            > 0 => deadline ? "推迟" : "提高",
            < 0 => deadline ? "提前" : "降低",
            0 when deadline || then.Comparator == now.Comparator => "不变",
            0 => "改写",
            null => string.Equals(thenText.Trim(), nowText.Trim(), StringComparison.Ordinal) ? "不变" : "改写",
        };
    }

    /// <summary>The Dice coefficient of two names' character pairs: 1 for the same name, 0 for nothing shared.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return 1;
        }

        static List<string> Pairs(string s) => Enumerable.Range(0, Math.Max(0, s.Length - 1)).Select(i => s.Substring(i, 2)).ToList();
        var x = Pairs(a);
        var y = Pairs(b);
        if (x.Count + y.Count == 0)
        {
            return 0;
        }

        var pool = y.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var shared = 0;
        foreach (var pair in x)
        {
            if (pool.TryGetValue(pair, out var n) && n > 0)
            {
                pool[pair] = n - 1;
                shared++;
            }
        }

        return 2.0 * shared / (x.Count + y.Count);
    }
}
