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
    private CorpusFacts? _facts;

    /// <summary>
    /// Executes a typed query on the index: the filter's conditions the index decides select the candidates (with
    /// totals from doc values), the rest are checked by code on those, then the order, Top or Nth, and the figure
    /// asked for over the projects kept. Only the first <see cref="QueryOptions.MaxProjects"/> are materialised with
    /// their evidence. The one place a <see cref="ProjectQuery"/> is answered.
    /// </summary>
    public QueryResult Execute(ProjectQuery query) => Run(query, indexed: !options.Value.UseScan, options.Value.MaxProjects);

    /// <summary>
    /// Executes a typed query as <see cref="Execute(ProjectQuery)"/> does, with every project kept in the result, each
    /// with its evidence: for an export of the whole list, however long.
    /// </summary>
    public QueryResult ExecuteAll(ProjectQuery query) => Run(query, indexed: !options.Value.UseScan, int.MaxValue);

    /// <summary>
    /// The reference: the same query answered by scanning every table of the year in LINQ, evidence for all. Kept for
    /// the differential test and <c>bench</c>, which require <see cref="Execute(ProjectQuery)"/> to give the same result.
    /// </summary>
    public QueryResult ExecuteByScan(ProjectQuery query) => Run(query, indexed: false, options.Value.MaxProjects);

    private QueryResult Run(ProjectQuery query, bool indexed, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.RowsOf is { } rowsOf && IndicatorCategory.Find(rowsOf) is null)
        {
            throw new ArgumentException($"RowsOf「{rowsOf}」不是指标类别（如 产出指标、数量指标、满意度指标、成本指标）", nameof(query));
        }

        if (query.OrderField is not null && query.Sort is not (ProjectSort.BudgetAscending or ProjectSort.BudgetDescending))
        {
            throw new ArgumentException("OrderField：只有按金额排序（money_desc、money_asc）时才能指定排序依据的金额字段", nameof(query));
        }

        query = query with { Filter = WithFullDepartmentNames(query.Filter) };
        var index = corpus.Current;
        var facts = Facts(index);
        var year = query.Year ?? facts.LatestYear;
        var orderField = RankedBy(query);
        var sort = query.Sort == ProjectSort.Default && query.Ask is QueryAsk.Max or QueryAsk.Min ? ProjectSort.BudgetDescending : query.Sort;
        ProjectSet? selected = null;
        IReadOnlyList<ProjectMatch> matches;
        Comparison<ProjectMatch>? order = null;
        if (indexed)
        {
            // The index selects (the year too, unless the corpus holds no other); code checks what it cannot decide.
            int? selectYear = facts.OnlyYear && year == facts.LatestYear ? null : year;
            // A topic keeps only the tables about it: worked out first, it narrows the index's selection as well.
            var topic = query.Filter.Topic is { } about ? Topic(index, about, year, indexed: true) : null;
            var (constraints, exact) = FilterCompiler.Compile(query.Filter, selectYear,
                index, rule => Failing(index, rule), topic?.Set);
            selected = index.Select(constraints);
            Dictionary<Project, decimal>? keys = null;
            matches = exact && !ByKeys(sort)
                ? new OrdinalMatches(selected.Ordinals, index.Projects, topic)
                : Matching(query.Filter, sort, orderField, selected.Ordinals.Select(o => index.Projects[o]).ToList(), evidence: false, indexed: true,
                    out keys, out _, topic);
            order = Comparison(sort, orderField, keys, topic is not null);
        }
        else
        {
            matches = Filter(query.Filter, sort, orderField, index.Projects.Where(p => p.Year == year).ToList(), evidence: true, indexed: false);
        }

        // The indexed matches are in corpus order; only what is shown, the first N or the N-th place is put in order.
        // Matches the index decided alone are ordered, placed and measured on their ordinals, and only those kept are read.
        var columns = matches is OrdinalMatches ? MoneyColumns.Of(index) : null;
        IReadOnlyList<ProjectMatch> kept = matches;
        if (query.Nth is { } nth)
        {
            kept = matches is OrdinalMatches ordinals && columns!.WholeKeyFor(sort, orderField) is { } whole
                ? ordinals.Of(WholeOrder.Nth(ordinals.Ordinals, whole, Descends(sort), nth))
                : matches is OrdinalMatches decimals && columns!.KeyFor(sort, orderField) is { } key
                ? decimals.Of(NthPlace(decimals.Ordinals, nth, Descends(sort), key))
                : NthPlace(matches, nth, sort, orderField, query.Filter, indexed, order);
        }
        else if (query.Top is { } top and > 0)
        {
            kept = First(matches, top, sort, orderField, order);
        }

        var tie = query.Nth is null && query.Top is > 0 ? TieAtCut(matches, kept, query, sort, indexed) : (Beyond: 0, DecidesValue: false);
        var ahead = query.Nth is > 1 ? Ahead(matches, kept, query, sort, indexed) : 0;

        decimal Money(ProjectMatch m) => MoneyFields.Of(m.Project, query.Field);
        var all = ReferenceEquals(kept, matches) ? matches as OrdinalMatches : null;
        var money = columns?.Money(query.Field);
        if (query.ByDepartment)
        {
            return ByDepartment(query, sort, year, matches.Count, kept, Money, indexed, order, pageSize);
        }

        var (value, unit, shown) = query.Ask switch
        {
            QueryAsk.Count => (kept.Count, "个", kept),
            QueryAsk.Sum when all is not null => (columns!.Sum(all.Ordinals, query.Field), "万元", kept),
            QueryAsk.Sum => (kept.Sum(Money), "万元", kept),
            QueryAsk.Average when all is { Count: > 0 } => (Math.Round(columns!.Sum(all.Ordinals, query.Field) / all.Count, 2, MidpointRounding.AwayFromZero), "万元", kept),
            QueryAsk.Average when kept.Count > 0 => (Math.Round(kept.Average(Money), 2, MidpointRounding.AwayFromZero), "万元", kept),
            QueryAsk.Max or QueryAsk.Min when all is { Count: > 0 } && columns!.WholeMoney(query.Field) is { } whole =>
                Extreme(all, WholeOrder.Extreme(all.Ordinals, whole, query.Ask == QueryAsk.Max), money!),
            QueryAsk.Max or QueryAsk.Min when all is { Count: > 0 } => Extreme(all, query.Ask == QueryAsk.Max ? all.Ordinals.Max(money!) : all.Ordinals.Min(money!), money!),
            QueryAsk.Max when kept.Count > 0 => Extreme(kept, kept.Max(Money), Money),
            QueryAsk.Min when kept.Count > 0 => Extreme(kept, kept.Min(Money), Money),
            QueryAsk.Rows => (kept.Select(m => m.Project).Sum(RowsAsked(query)), "条", kept),
            QueryAsk.Excess when query.Filter.FailsRule is { } rule => (Excess(kept, rule, query.Filter.FailsRuleSeverity), "万元", kept),
            QueryAsk.List => ((decimal?)null, (string?)null, kept),
            _ => (null, null, kept), // an average, maximum or minimum of nothing is no number
        };

        // A place shared by ties, asked for the figure it is ranked by (指标最少的项目有几条指标, 预算最少的项目预算是多少):
        // every tied project has the same figure, and it is that figure that is asked, not the ties' sum.
        var each = query.Nth is not null && shown.Count > 1 && value is not null &&
                   (query is { Ask: QueryAsk.Rows, RowsOf: null } && sort is ProjectSort.RowsAscending or ProjectSort.RowsDescending ||
                    query.Ask == QueryAsk.Sum && sort is ProjectSort.BudgetAscending or ProjectSort.BudgetDescending);
        if (each)
        {
            value /= shown.Count;
        }

        // The index's totals are the answer's when it kept every project the index selected; a subset of its ordinals
        // (the first N, a place, the holders of an extreme) is added up on the index's columns as well.
        var (totals, departments) = selected is not null && shown.Count == selected.Ordinals.Count
            ? (selected.Totals, selected.Departments)
            : shown is OrdinalMatches subset ? Totals(index.Total(subset.Ordinals))
            : Totals(shown);
        (totals, departments) = Normalised((totals, departments));
        return new QueryResult(CriteriaText.Describe(query.Filter, sort, query.Top, query.OrderField), year, matches.Count, value, unit,
            Page(query, sort, shown, indexed, order, pageSize), totals, departments, shown.Count, each)
        {
            TiedAtCut = tie.Beyond,
            TieDecidesValue = tie.DecidesValue,
            AheadOfPlace = ahead == query.Nth - 1 ? 0 : ahead,
        };
    }

    // The first pageSize (MaxProjects) of the projects shown, in order, each with the rows that prove it. The indexed path decided
    // the set without evidence; it is gathered now for these alone, by the same checks (an average or a topic adds none).
    private List<ProjectSummary> Page(ProjectQuery query, ProjectSort sort, IReadOnlyList<ProjectMatch> shown, bool indexed, Comparison<ProjectMatch>? order, int pageSize)
    {
        var page = First(shown, pageSize, sort, RankedBy(query), order);
        var proof = page.ToDictionary(m => m.Project, m => m.Evidence, ProjectIdentity.Comparer);
        // The scan gathered its evidence while matching, except the deadlines an order by deadline cites: gathered here too.
        var cited = CitingDeadlines(query.Filter, sort);
        if ((indexed || !ReferenceEquals(cited, query.Filter)) && page.Count > 0)
        {
            var evidenceFilter = cited with { VersusAverage = null, Topic = null };
            foreach (var m in Filter(evidenceFilter, ProjectSort.Default, query.Field, page.Select(m => m.Project).ToList(), evidence: true, indexed: indexed))
            {
                proof[m.Project] = m.Evidence;
            }
        }

        return page.Select(m => ProjectSummary.Of(m.Project, proof[m.Project] is { Count: > 0 } e ? e : [Citation.OfBudget(m.Project)])).ToList();
    }

    // An order by deadline cites each table's deadlines (信息所哪个项目完成最晚: the dates, not the budget). Any date is
    // no condition there: a table without one has no place in that order anyway (SortKeys).
    private static ProjectFilter CitingDeadlines(ProjectFilter filter, ProjectSort sort) =>
        filter.Deadline is null && sort is ProjectSort.DeadlineLatest or ProjectSort.DeadlineEarliest ? filter with { Deadline = new DateRange() } : filter;

    // The ordinals of some of the index's tables, found by name (a table is its name and year, one object per table).
    private static OrdinalSet OrdinalsOf(CorpusIndex index, IEnumerable<Project> projects) =>
        OrdinalSet.Of(projects.SelectMany(p => index.OrdinalsNamed(p.Name).Where(o => ReferenceEquals(index.Projects[o], p))), index.Projects.Count);

    // Totals written without trailing zeros (1025, not 1025.00), however they were added up: doc values or tables.
    private static (Budget Totals, IReadOnlyList<DepartmentTotal> Departments) Normalised((Budget Totals, IReadOnlyList<DepartmentTotal> Departments) totals)
    {
        static decimal N(decimal d) => d / 1.000000000000000000000000000000000m;
        var (t, departments) = totals;
        return (new Budget(N(t.Total), N(t.Fiscal), N(t.Other)), departments.Select(d => d with { Budget = N(d.Budget) }).ToList());
    }

    private static (Budget Totals, IReadOnlyList<DepartmentTotal> Departments) Totals(ProjectSet set) => (set.Totals, set.Departments);

    // 预算数/财政资金/其他资金 totals and per-department subtotals, as the corpus statistics give them.
    private static (Budget Totals, IReadOnlyList<DepartmentTotal> Departments) Totals(IReadOnlyList<ProjectMatch> shown)
    {
        var departments = shown.Select(m => m.Project)
            .GroupBy(p => (p.Department, p.DepartmentCode))
            .Select(g => new DepartmentTotal(g.Key.Department, g.Key.DepartmentCode, g.Count(), g.Sum(p => p.Budget.Total)))
            .OrderByDescending(d => d.Budget).ThenBy(d => d.Department, StringComparer.Ordinal).ThenBy(d => d.DepartmentCode, StringComparer.Ordinal)
            .ToList();
        var totals = new Budget(shown.Sum(m => m.Project.Budget.Total), shown.Sum(m => m.Project.Budget.Fiscal), shown.Sum(m => m.Project.Budget.Other));
        return (totals, departments);
    }

    // What the engine needs to know of the corpus as a whole, worked out once per corpus (an import swaps the corpus).
    private CorpusFacts Facts(CorpusIndex index)
    {
        if (_facts is { } cached && ReferenceEquals(cached.Index, index))
        {
            return cached;
        }

        var years = index.Projects.Select(p => p.Year).Distinct().ToList();
        var facts = new CorpusFacts(index, years.DefaultIfEmpty(DateTime.Today.Year).Max(), years.Count <= 1,
            index.Projects.Select(p => p.Department).Distinct(StringComparer.Ordinal).ToList());
        _facts = facts;
        return facts;
    }

    // The projects (ordinals) with any finding of a review rule: worked out once per corpus and rule, as flags.
    private IReadOnlySet<int> Failing(CorpusIndex index, string rule) =>
        Facts(index).Failing.GetOrAdd(rule, id =>
        {
            var checker = validator.Rules.FirstOrDefault(r => r.Id == id) ?? throw new ArgumentException($"unknown review rule 「{id}」", nameof(rule));
            return Enumerable.Range(0, index.Projects.Count).Where(o => checker.Check(index.Projects[o]).Any()).ToHashSet();
        });

    // The latest year held, whether it is the only one, the departments named, and the per-rule flags filled on demand.
    private sealed record CorpusFacts(CorpusIndex Index, int LatestYear, bool OnlyYear, IReadOnlyList<string> Departments)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<int>> Failing { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// The full name of the one department <paramref name="name"/> fits (战略院, 信息所, or the full name). A name that fits
    /// none, or several, raises <see cref="ArgumentException"/> naming the candidates, so a model can correct itself.
    /// </summary>
    public string ResolveDepartment(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var departments = Facts(corpus.Current).Departments;
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
    private QueryResult ByDepartment(ProjectQuery query, ProjectSort sort, int year, int total, IReadOnlyList<ProjectMatch> kept, Func<ProjectMatch, decimal> money,
        bool indexed, Comparison<ProjectMatch>? order, int pageSize)
    {
        var shown = kept;
        decimal? value = null;
        if (query.Ask is QueryAsk.Max or QueryAsk.Min && kept.Count > 0)
        {
            // Departments with equal totals are told apart by name, so the answer never depends on the order of the tables.
            var groups = kept.GroupBy(m => m.Project.Department)
                .Select(g => (Name: g.Key, Group: g.ToList(), Total: query.ByProjectCount ? g.Count() : g.Sum(money))).ToList();
            var best = (query.Ask == QueryAsk.Max ? groups.OrderByDescending(g => g.Total) : groups.OrderBy(g => g.Total))
                .ThenBy(g => g.Name, StringComparer.Ordinal).First();
            shown = best.Group;
            value = best.Total;
        }

        var (totals, departments) = Normalised(Totals(shown));
        if (value is null && query.Filter.Departments is { Count: > 0 } named)
        {
            // 信息所和战略院各有几个: a department named with nothing kept is a row of 0, not missing from the table.
            departments = [.. departments, .. named.Where(n => departments.All(d => d.Department != n)).Select(n => new DepartmentTotal(n, string.Empty, 0, 0m))];
        }

        var unit = value is null ? null : query.ByProjectCount ? "个" : "万元";
        return new QueryResult(CriteriaText.Describe(query.Filter, sort, query.Top, query.OrderField) + "；按部门", year, total, value, unit,
            Page(query, sort, shown, indexed, order, pageSize), totals, departments, shown.Count);
    }

    // The amounts the rule's own findings measured past its limit, summed over the projects kept.
    private decimal Excess(IReadOnlyList<ProjectMatch> kept, string rule, Validation.Severity? severity)
    {
        var checker = validator.Rules.First(r => r.Id == rule);
        return kept.SelectMany(m => checker.Check(m.Project)).Where(f => severity is null || f.Severity == severity).Sum(f => f.Excess ?? 0m);
    }

    // The number a table is ordered by: its subject rows' target (the lowest for an ascending order, the highest for a
    // descending one), or its latest or earliest deadline as a day number.
    private static Dictionary<Project, decimal> SortKeys(CorpusIndex index, ProjectFilter filter, ProjectSort sort, IReadOnlyList<Project> over, bool indexed)
    {
        if (sort is ProjectSort.DeadlineLatest or ProjectSort.DeadlineEarliest)
        {
            return over.Select(p => (Project: p, Dates: p.Indicators.Select(i => i.Target)
                    .Where(t => t is { Kind: TargetKind.Deadline, Date: not null }).Select(t => t.Date!.Value.DayNumber).ToList()))
                .Where(x => x.Dates.Count > 0)
                .ToDictionary(x => x.Project, x => (decimal)(sort == ProjectSort.DeadlineLatest ? x.Dates.Max() : x.Dates.Min()), ProjectIdentity.Comparer);
        }

        var subject = filter.Subject ?? throw new ArgumentException("ordering by a target needs a subject (filter.Subject)", nameof(filter));
        var rows = new SubjectMatcher(index).Match(subject, indexed);
        // Only targets in the subject's unit are ordered: 满意度 by its percentages, never a 满意度 row's 异议次数 ≤2次.
        var unit = TargetComparison.UnitFor(subject, filter.ThresholdUnit);
        return over
            .Select(p => (Project: p, Numbers: rows.Of(p).Select(r => p.Indicators[r].Target)
                .Where(t => t.Number is not null && t.Kind is not TargetKind.Deadline && TargetComparison.InUnit(t, unit))
                .Select(t => t.Kind == TargetKind.Money && t.AmountWan is { } wan ? wan : t.Number!.Value).ToList())) // money compared in 万元
            .Where(x => x.Numbers.Count > 0)
            .ToDictionary(x => x.Project, x => sort == ProjectSort.TargetAscending ? x.Numbers.Min() : x.Numbers.Max(), ProjectIdentity.Comparer);
    }
}
