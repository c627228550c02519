using Assistant.Plugins.Results;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>Executing a typed query: order, top N or N-th place, then the figure asked for.</summary>
public sealed partial class ProjectQueryEngine
{
    /// <summary>
    /// Executes a typed query: the filter, the order, Top or Nth, then the figure asked for over the projects kept.
    /// The one place a <see cref="ProjectQuery"/> is answered.
    /// </summary>
    public QueryResult Execute(ProjectQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query with { Filter = WithFullDepartmentNames(query.Filter) };
        var year = query.Year ?? corpus.Current.Projects.Select(p => p.Year).DefaultIfEmpty(DateTime.Today.Year).Max();
        var sort = query.Sort == ProjectSort.Default && query.Ask is QueryAsk.Max or QueryAsk.Min ? ProjectSort.BudgetDescending : query.Sort;
        var matches = Filter(query.Filter, sort, query.Field).Where(m => m.Project.Year == year).ToList();
        IReadOnlyList<ProjectMatch> kept = matches;
        if (query.Nth is { } nth)
        {
            kept = NthPlace(matches, nth, sort, query.Field, query.Filter);
        }
        else if (query.Top is { } top and > 0)
        {
            kept = matches.Take(top).ToList();
        }

        decimal Money(ProjectMatch m) => MoneyFields.Of(m.Project, query.Field);
        if (query.ByDepartment)
        {
            return ByDepartment(query, sort, year, matches.Count, kept, Money);
        }

        var (value, unit, shown) = query.Ask switch
        {
            QueryAsk.Count => (kept.Count, "个", kept),
            QueryAsk.Sum => (kept.Sum(Money), "万元", kept),
            QueryAsk.Average when kept.Count > 0 => (Math.Round(kept.Average(Money), 2, MidpointRounding.AwayFromZero), "万元", kept),
            QueryAsk.Max when kept.Count > 0 => Extreme(kept, kept.Max(Money), Money),
            QueryAsk.Min when kept.Count > 0 => Extreme(kept, kept.Min(Money), Money),
            QueryAsk.Rows => (kept.Sum(m => m.Project.Indicators.Count), "条", kept),
            QueryAsk.Excess when query.Filter.FailsRule is { } rule => (Excess(kept, rule, query.Filter.FailsRuleSeverity), "万元", kept),
            QueryAsk.List => ((decimal?)null, (string?)null, kept),
            _ => (null, null, kept), // an average, maximum or minimum of nothing is no number
        };
        var statistics = CorpusStatistics.Compute(shown.Select(m => m.Project).ToList());
        return new QueryResult(CriteriaText.Describe(query.Filter, sort, query.Top), year, matches.Count, value, unit,
            shown.Select(m => ProjectSummary.Of(m.Project, m.Evidence.Count > 0 ? m.Evidence : [Citation.OfBudget(m.Project)])).ToList(),
            statistics.Budget, statistics.Departments);
    }

    /// <summary>
    /// The full name of the one department <paramref name="name"/> fits (战略院, 信息所, or the full name). A name that fits
    /// none, or several, raises <see cref="ArgumentException"/> naming the candidates, so a model can correct itself.
    /// </summary>
    public string ResolveDepartment(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var departments = corpus.Current.Projects.Select(p => p.Department).Distinct().ToList();
        var candidates = DepartmentResolver.Candidates(name, departments);
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new ArgumentException($"department: no department matches 「{name}」; known: {string.Join("、", departments)}", nameof(name)),
            _ => throw new ArgumentException($"department: 「{name}」 could be {string.Join(" or ", candidates)}", nameof(name)),
        };
    }

    // A model writes 战略院 or 信息所; the tables say the full name. One that fits no department, or several, is refused.
    private ProjectFilter WithFullDepartmentNames(ProjectFilter filter)
    {
        string Full(string name) => ResolveDepartment(name);
        return filter with
        {
            Department = filter.Department is { } one ? Full(one) : null,
            Departments = filter.Departments?.Select(Full).ToList(),
            ExceptDepartments = filter.ExceptDepartments?.Select(Full).ToList(),
            AnyOf = filter.AnyOf?.Select(WithFullDepartmentNames).ToList(),
        };
    }

    // Per department: the table is the answer (no single figure), or with max/min the department whose total is.
    private static QueryResult ByDepartment(ProjectQuery query, ProjectSort sort, int year, int total, IReadOnlyList<ProjectMatch> kept, Func<ProjectMatch, decimal> money)
    {
        var shown = kept;
        decimal? value = null;
        if (query.Ask is QueryAsk.Max or QueryAsk.Min && kept.Count > 0)
        {
            var groups = kept.GroupBy(m => m.Project.Department)
                .Select(g => (Group: g.ToList(), Total: query.ByProjectCount ? g.Count() : g.Sum(money))).ToList();
            var best = query.Ask == QueryAsk.Max ? groups.MaxBy(g => g.Total) : groups.MinBy(g => g.Total);
            shown = best.Group;
            value = best.Total;
        }

        var statistics = CorpusStatistics.Compute(shown.Select(m => m.Project).ToList());
        var unit = value is null ? null : query.ByProjectCount ? "个" : "万元";
        return new QueryResult(CriteriaText.Describe(query.Filter, sort, query.Top) + "；按部门", year, total, value, unit,
            shown.Select(m => ProjectSummary.Of(m.Project, m.Evidence.Count > 0 ? m.Evidence : [Citation.OfBudget(m.Project)])).ToList(),
            statistics.Budget, statistics.Departments);
    }

    // The amounts the rule's own findings measured past its limit, summed over the projects kept.
    private decimal Excess(IReadOnlyList<ProjectMatch> kept, string rule, Validation.Severity? severity)
    {
        var checker = validator.Rules.First(r => r.Id == rule);
        return kept.SelectMany(m => checker.Check(m.Project)).Where(f => severity is null || f.Severity == severity).Sum(f => f.Excess ?? 0m);
    }

    private static (decimal?, string?, IReadOnlyList<ProjectMatch>) Extreme(IReadOnlyList<ProjectMatch> kept, decimal value, Func<ProjectMatch, decimal> money) =>
        (value, "万元", kept.Where(m => money(m) == value).ToList());

    // The N-th place in order; projects tied on the sort key share a place, so the answer is never an arbitrary pick.
    private List<ProjectMatch> NthPlace(IReadOnlyList<ProjectMatch> ordered, int nth, ProjectSort sort, MoneyField field, ProjectFilter filter)
    {
        var keys = sort is ProjectSort.TargetAscending or ProjectSort.TargetDescending or ProjectSort.DeadlineLatest or ProjectSort.DeadlineEarliest
            ? SortKeys(corpus.Current, filter, sort)
            : null;
        decimal Key(ProjectMatch m) => keys?[m.Project] ??
            (sort is ProjectSort.RowsAscending or ProjectSort.RowsDescending ? m.Project.Indicators.Count : MoneyFields.Of(m.Project, field));
        var places = ordered.GroupBy(Key).ToList();
        return nth >= 1 && nth <= places.Count ? places[nth - 1].ToList() : [];
    }

    // The number a table is ordered by: its subject rows' target (the lowest for an ascending order, the highest for a
    // descending one), or its latest or earliest deadline as a day number.
    private static Dictionary<Project, decimal> SortKeys(CorpusIndex index, ProjectFilter filter, ProjectSort sort)
    {
        if (sort is ProjectSort.DeadlineLatest or ProjectSort.DeadlineEarliest)
        {
            return index.Projects.Select(p => (Project: p, Dates: p.Indicators.Select(i => i.Target)
                    .Where(t => t is { Kind: TargetKind.Deadline, Date: not null }).Select(t => t.Date!.Value.DayNumber).ToList()))
                .Where(x => x.Dates.Count > 0)
                .ToDictionary(x => x.Project, x => (decimal)(sort == ProjectSort.DeadlineLatest ? x.Dates.Max() : x.Dates.Min()), ProjectIdentity.Comparer);
        }

        var subject = filter.Subject ?? throw new ArgumentException("ordering by a target needs a subject (filter.Subject)", nameof(filter));
        return new SubjectMatcher(index).Match(subject)
            .Select(kv => (Project: kv.Key, Numbers: kv.Value.Select(r => kv.Key.Indicators[r].Target)
                .Where(t => t.Number is not null && t.Kind is not TargetKind.Deadline)
                .Select(t => t.Kind == TargetKind.Money && t.AmountWan is { } wan ? wan : t.Number!.Value).ToList())) // money compared in 万元
            .Where(x => x.Numbers.Count > 0)
            .ToDictionary(x => x.Project, x => sort == ProjectSort.TargetAscending ? x.Numbers.Min() : x.Numbers.Max(), ProjectIdentity.Comparer);
    }
}
