using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>Putting matches in order: the first N, the N-th place and the extremes, on whole-number columns where they can be.</summary>
public sealed partial class ProjectQueryEngine
{
    private static readonly Comparer<decimal> Descending = Comparer<decimal>.Create((a, b) => b.CompareTo(a));

    // The first <limit> of the matches in order (ties in corpus order): matches the index decided alone are ordered on
    // their ordinals by the money columns, and only those taken are made; others by comparing the matches.
    private IReadOnlyList<ProjectMatch> First(IReadOnlyList<ProjectMatch> matches, int limit, ProjectSort sort, MoneyField field, Comparison<ProjectMatch>? order) =>
        order is null ? matches.Take(limit).ToList()
        : matches is OrdinalMatches { Topic: { } topic } topical && sort == ProjectSort.Default
            ? topical.Of(topic.Best(topical.Ordinals, limit))
        : matches is OrdinalMatches ordinals && MoneyColumns.Of(corpus.Current).WholeKeyFor(sort, field) is { } whole
            ? ordinals.Of(WholeOrder.Take(ordinals.Ordinals, whole, Descends(sort), limit))
            : matches is OrdinalMatches decimals && MoneyColumns.Of(corpus.Current).KeyFor(sort, field) is { } key
            ? decimals.Of(StableOrder.Take(decimals.Ordinals, InOrder(sort, key), limit))
            : StableOrder.Take(matches, order, limit);

    private static (decimal?, string?, IReadOnlyList<ProjectMatch>) Extreme(IReadOnlyList<ProjectMatch> kept, decimal value, Func<ProjectMatch, decimal> money) =>
        (value, "万元", kept.Where(m => money(m) == value).ToList());

    private static (decimal?, string?, IReadOnlyList<ProjectMatch>) Extreme(OrdinalMatches all, decimal value, Func<int, decimal> money) =>
        (value, "万元", all.Of(all.Ordinals.Where(o => money(o) == value)));

    // The holders of an extreme found on whole numbers; the value is the first holder's amount, as Max and Min give it.
    private static (decimal?, string?, IReadOnlyList<ProjectMatch>) Extreme(OrdinalMatches all, int[] holders, Func<int, decimal> money) =>
        (money(holders[0]), "万元", all.Of(holders));

    private static bool Descends(ProjectSort sort) =>
        sort is ProjectSort.BudgetDescending or ProjectSort.RowsDescending or ProjectSort.TargetDescending or ProjectSort.DeadlineLatest;

    // The order of ordinals by their numbers (ties are left to the caller, which keeps corpus order).
    private static Comparison<int> InOrder(ProjectSort sort, Func<int, decimal> key) =>
        Descends(sort) ? (a, b) => key(b).CompareTo(key(a)) : (a, b) => key(a).CompareTo(key(b));

    // The N-th place in order; projects tied on the sort key share a place, so the answer is never an arbitrary pick.
    // A numeric order ranks the distinct keys, so the matches need not be sorted; the corpus and relevance orders rank
    // the matches as ordered.
    private List<ProjectMatch> NthPlace(IReadOnlyList<ProjectMatch> matches, int nth, ProjectSort sort, MoneyField field, ProjectFilter filter, bool indexed,
        Comparison<ProjectMatch>? order)
    {
        var key = KeyOf(matches, sort, field, filter, indexed);
        if (nth < 1)
        {
            return [];
        }

        if (sort is ProjectSort.Default || (indexed && order is not null && sort is not (ProjectSort.BudgetAscending or ProjectSort.BudgetDescending or
                ProjectSort.RowsAscending or ProjectSort.RowsDescending or ProjectSort.TargetAscending or ProjectSort.TargetDescending or
                ProjectSort.DeadlineEarliest or ProjectSort.DeadlineLatest)))
        {
            var ordered = indexed && order is not null ? StableOrder.Take(matches, order, matches.Count) : matches;
            var places = ordered.GroupBy(key).ToList();
            return nth <= places.Count ? places[nth - 1].ToList() : [];
        }

        return NthPlace(matches, nth, Descends(sort), key);
    }

    // The number each match is ordered by: a subject's target or deadline, the row count, or the money field.
    private Func<ProjectMatch, decimal> KeyOf(IReadOnlyList<ProjectMatch> matches, ProjectSort sort, MoneyField field, ProjectFilter filter, bool indexed)
    {
        var keys = ByKeys(sort)
            ? SortKeys(corpus.Current, filter, sort, matches.Select(m => m.Project).ToList(), indexed)
            : null;
        return m => keys?[m.Project] ??
            (sort is ProjectSort.RowsAscending or ProjectSort.RowsDescending ? m.Project.Indicators.Count : MoneyFields.Of(m.Project, field));
    }

    // The first N cut through projects tied on the order's number (指标最少的3个: 48 tables have 6 rows): how many tied
    // ones were left out (corpus order chose), and whether the figure asked differs among the tied, so that which were
    // taken would change it (their budgets added up; never so for the number they are ordered by).
    private (int Beyond, bool DecidesValue) TieAtCut(IReadOnlyList<ProjectMatch> matches, IReadOnlyList<ProjectMatch> kept, ProjectQuery query, ProjectSort sort, bool indexed)
    {
        if (kept.Count == 0 || kept.Count >= matches.Count || sort == ProjectSort.Default)
        {
            return (0, false);
        }

        var index = corpus.Current;
        List<Project> tied;
        int tiedKept;
        if (matches is OrdinalMatches all && kept is OrdinalMatches first && AtCut(MoneyColumns.Of(index), sort, RankedBy(query), first.Ordinals[^1]) is { } atCut)
        {
            tied = all.Ordinals.Where(atCut).Select(o => index.Projects[o]).ToList();
            tiedKept = first.Ordinals.Count(atCut);
        }
        else
        {
            var key = KeyOf(matches, sort, RankedBy(query), query.Filter, indexed);
            var cut = key(kept[^1]);
            tied = matches.Where(m => key(m) == cut).Select(m => m.Project).ToList();
            tiedKept = kept.Count(m => key(m) == cut);
        }

        Func<Project, decimal>? figure = query.Ask switch
        {
            QueryAsk.Sum or QueryAsk.Average => p => MoneyFields.Of(p, query.Field),
            QueryAsk.Rows when RowsAsked(query) is var rows => p => rows(p),
            _ => null,
        };
        var beyond = tied.Count - tiedKept;
        return (beyond, beyond > 0 && figure is not null && tied.Select(figure).Distinct().Skip(1).Any());
    }

    // The money field a money order ranks by: the one named for the order (预算最高的项目其他资金是多少), else the one asked.
    private static MoneyField RankedBy(ProjectQuery query) => query.OrderField ?? query.Field;

    // How many matches come before the N-th place by the order's number: N − 1 unless ties ahead share places.
    // Orders not by a number (the corpus's, a topic's relevance) count one by one.
    private int Ahead(IReadOnlyList<ProjectMatch> matches, IReadOnlyList<ProjectMatch> place, ProjectQuery query, ProjectSort sort, bool indexed)
    {
        if (place.Count == 0 || sort is ProjectSort.Default)
        {
            return (query.Nth ?? 1) - 1;
        }

        var descending = Descends(sort);
        bool Before(decimal value, decimal at) => descending ? value > at : value < at;
        if (matches is OrdinalMatches all && place is OrdinalMatches at && MoneyColumns.Of(corpus.Current).KeyFor(sort, RankedBy(query)) is { } column)
        {
            var value = column(at.Ordinals[0]);
            return all.Ordinals.Count(o => Before(column(o), value));
        }

        var key = KeyOf(matches, sort, RankedBy(query), query.Filter, indexed);
        var placeKey = key(place[0]);
        return matches.Count(m => Before(key(m), placeKey));
    }

    // The rows a row count asks for, counted per table: every row, or those of the category named (产出指标一共多少条),
    // which is found once per query, not once per table.
    private static Func<Project, int> RowsAsked(ProjectQuery query) =>
        query.RowsOf is { } name && IndicatorCategory.Find(name) is { } category
            ? project => project.Indicators.Count(category.Contains)
            : project => project.Indicators.Count;

    // Whether a table holds the same number in the order as the one at the cut, read on the columns (whole numbers where they are).
    private static Func<int, bool>? AtCut(MoneyColumns columns, ProjectSort sort, MoneyField field, int cut)
    {
        if (columns.WholeKeyFor(sort, field) is { } whole)
        {
            var value = whole[cut];
            return o => whole[o] == value;
        }

        if (columns.KeyFor(sort, field) is { } key)
        {
            var value = key(cut);
            return o => key(o) == value;
        }

        return null;
    }

    // The items holding the nth distinct key in order: only the first nth distinct keys are kept while reading, a few
    // values however many tables match.
    private static List<T> NthPlace<T>(IReadOnlyList<T> items, int nth, bool descending, Func<T, decimal> key)
    {
        var first = new List<decimal>(nth + 1);
        var order = descending ? Descending : Comparer<decimal>.Default;
        foreach (var item in items)
        {
            var value = key(item);
            if (first.Count == nth && order.Compare(value, first[^1]) > 0)
            {
                continue; // after every key kept: most items, with one comparison
            }

            var at = first.BinarySearch(value, order);
            if (at < 0 && ~at < nth)
            {
                first.Insert(~at, value);
                if (first.Count > nth)
                {
                    first.RemoveAt(nth);
                }
            }
        }

        if (nth < 1 || nth > first.Count)
        {
            return [];
        }

        var place = first[nth - 1];
        return items.Where(i => key(i) == place).ToList();
    }
}
