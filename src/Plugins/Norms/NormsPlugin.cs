using System.ComponentModel;
using System.Globalization;
using Assistant.Plugins.Queries;
using Assistant.Plugins.Results;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;
using Microsoft.SemanticKernel;

namespace Assistant.Plugins.Norms;

/// <summary>The norms of an indicator: the target values past projects set, and how often.</summary>
public sealed class NormsPlugin(ProjectQueryEngine engine, Microsoft.Extensions.Options.IOptions<QueryOptions> options)
{
    /// <summary>The distribution of target values for an indicator subject.</summary>
    [KernelFunction("indicator_norms")]
    [Description("查询某类指标过去项目一般怎么设目标值：各目标值（如 ≥90%）被多少个项目使用、是哪些项目，最常见值和中位数阈值。" +
                 "How past projects set an indicator's target: each normalised value (e.g. ≥90%), how many projects used it and which, " +
                 "the most common value and the median threshold. Percentages are numbers such as 90 for 90%; money is in 万元.")]
    public NormResult GetNorms(
        [Description("指标主题，如 满意度、专家库人数、技术咨询服务时间 / indicator subject")] string subject,
        [Description("只看某部门（可选）/ restrict to a department (optional)")] string? department = null,
        [Description("预算年度，如 2025；不填为所有年度 / budget year; default: every year held")] int? year = null,
        [Description("只看满足这些条件的项目（与 projects.query 的 filter 相同，如预算超过100万、上一条回答的项目）；不填为全部项目 / " +
                     "only the projects meeting this filter (the same filter projects.query takes); default: every project")] ProjectFilter? filter = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var inDepartment = string.IsNullOrWhiteSpace(department) ? null : engine.ResolveDepartment(department);
        var kept = filter is null ? null : Kept(filter, year);
        var limit = options.Value.MaxProjects;
        var keys = NormKeys.Of(engine.Index);
        var byKey = new NormGroup?[keys.Keys.Count];
        var groups = new List<(string Key, NormGroup Group)>(); // in the order first seen, which ties keep
        var citations = new List<Citation>();
        int rows = 0, projects = 0;
        var all = engine.Index.Projects;
        void Count(int ordinal, int row, int key)
        {
            if (byKey[key] is not { } group)
            {
                byKey[key] = group = new NormGroup(all[ordinal].Indicators[row]);
                groups.Add((keys.Keys[key], group));
            }

            group.Add(ordinal, all, limit);
            if (citations.Count < limit)
            {
                citations.Add(Citation.Of(all[ordinal], all[ordinal].Indicators[row]));
            }

            rows++;
        }

        int? departmentId = inDepartment is null ? null : keys.DepartmentId(inDepartment);
        if (IndicatorCategory.Find(subject) is { } category)
        {
            // A category's rows come from its list of row positions (worked out once), not a test of every row.
            var last = -1;
            foreach (var position in keys.RowsIn(category))
            {
                var ordinal = keys.OwnerAt(position);
                if (!keys.Holds(ordinal, year, departmentId) || kept?[ordinal] == false)
                {
                    continue;
                }

                Count(ordinal, position - keys.Start(ordinal), keys.KeyAt(position));
                projects += ordinal != last ? 1 : 0;
                last = ordinal;
            }
        }
        else
        {
            var matched = new SubjectMatcher(engine.Index).Match(subject, indexed: true);
            for (var ordinal = 0; ordinal < keys.Count; ordinal++)
            {
                if (!keys.Holds(ordinal, year, departmentId) || kept?[ordinal] == false)
                {
                    continue;
                }

                var before = rows;
                var start = keys.Start(ordinal);
                foreach (var row in matched.In(all[ordinal]))
                {
                    Count(ordinal, row, keys.KeyAt(start + row));
                }

                projects += rows > before ? 1 : 0;
            }
        }

        var values = groups
            .Select(g => new NormValue(g.Key, g.Group.First.Target.Comparator, g.Group.First.Target.IsQuantified ? g.Group.First.Target.Number : null,
                g.Group.First.Target.Unit, g.Group.Projects, g.Group.Names))
            .OrderByDescending(v => v.Count)
            .ThenByDescending(v => v.Number ?? decimal.MinValue)
            .ToList();
        var mostCommon = values.FirstOrDefault(v => v.Number is not null);
        var unit = mostCommon?.Unit;
        // Thresholds counted by value, from the groups (every row of a group has its number and unit): past tables repeat
        // a few values (≥90%, ≥95%), so the median needs no sort of every row.
        var thresholds = groups.Select(g => g.Group)
            .Where(g => g.First.Target is { IsQuantified: true, Number: not null } t && t.Unit == unit)
            .GroupBy(g => g.First.Target.Number!.Value)
            .Select(n => (Number: n.Key, Count: n.Sum(g => g.Rows)))
            .OrderBy(n => n.Number)
            .ToList();
        return new NormResult(subject.Trim(), rows, projects, values, mostCommon, Median(thresholds), unit, citations);
    }

    // Per ordinal, whether the table meets the filter: the query engine's own selection, of the year asked (or each year).
    private bool[] Kept(ProjectFilter filter, int? year)
    {
        var index = engine.Index;
        var kept = new bool[index.Projects.Count];
        foreach (var held in year is { } one ? [one] : index.Projects.Select(p => p.Year).Distinct().ToList())
        {
            foreach (var match in engine.ExecuteAll(new ProjectQuery { Filter = filter, Year = held }).Projects)
            {
                foreach (var ordinal in index.OrdinalsNamed(match.Name).Where(o => index.Projects[o].Year == held))
                {
                    kept[ordinal] = true;
                }
            }
        }

        return kept;
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

    // The median of values given in ascending order with how often each occurs.
    internal static decimal? Median(IReadOnlyList<(decimal Number, int Count)> counted)
    {
        var n = counted.Sum(c => c.Count);
        return n == 0 ? null : n % 2 == 1 ? At(counted, n / 2) : (At(counted, (n / 2) - 1) + At(counted, n / 2)) / 2;
    }

    // The value at 0-based position i of the expanded sorted list.
    private static decimal At(IReadOnlyList<(decimal Number, int Count)> counted, int i)
    {
        foreach (var (number, count) in counted)
        {
            if (i < count)
            {
                return number;
            }

            i -= count;
        }

        throw new ArgumentOutOfRangeException(nameof(i));
    }
}
