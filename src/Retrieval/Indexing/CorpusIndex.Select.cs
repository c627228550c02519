using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Assistant.Retrieval.Indexing;

/// <summary>Selecting projects by exact conditions on the project documents' keyword, numeric and doc-value fields.</summary>
public sealed partial class CorpusIndex
{
    private TextIndex? _texts;
    private ProjectColumns? _columns;
    private RowColumns? _rows;

    /// <summary>Exact substring look-ups in the tables' names, goals, usages and rows; built on first use.</summary>
    public TextIndex Texts => LazyInitializer.EnsureInitialized(ref _texts, () => new TextIndex(Projects));

    /// <summary>
    /// The projects meeting every condition of <paramref name="constraints"/>, in corpus order, with money totals
    /// and department subtotals from doc values. Exact: the same set a scan of <see cref="Projects"/> would give.
    /// </summary>
    public ProjectSet Select(ProjectConstraints constraints)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        var searcher = _searchers.Acquire();
        try
        {
            var columns = LazyInitializer.EnsureInitialized(ref _columns, () => new ProjectColumns(searcher.IndexReader, Projects.Count));
            var only = constraints.Ordinals is { } allowed ? allowed as IReadOnlySet<int> ?? allowed.ToHashSet() : null;
            // Departments are decided on the department column: as a terms filter they would walk the postings of every
            // row of the department as well as its tables.
            var inDepartment = columns.Departments(constraints.Departments, constraints.ExceptDepartments);
            var query = Compile(constraints);
            if (query.Clauses.Count == 1)
            {
                // No other condition for the index: every project, or those a look-up found, straight from the columns.
                IReadOnlyList<int> ordinals = only switch
                {
                    null => Enumerable.Range(0, Projects.Count).ToArray(),
                    OrdinalSet set => set.Ascending,
                    _ => [.. only.Order()],
                };
                return ProjectSetCollector.Sum(columns, inDepartment is null ? ordinals : columns.InDepartments(ordinals, inDepartment));
            }

            var collector = new ProjectSetCollector(columns, Projects.Count, only, inDepartment);
            searcher.Search(query, collector);
            return collector.ToSet();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The ordinals of the projects with at least one indicator row meeting <paramref name="row"/>: decided on the rows'
    /// columns, read once per corpus.
    /// </summary>
    public IReadOnlySet<int> ProjectsWithRow(RowConstraints row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return LazyInitializer.EnsureInitialized(ref _rows, () => new RowColumns(Projects)).Owners(row);
    }

    // The conditions the project documents' fields decide; departments are left to the department column (see Select).
    private static BooleanQuery Compile(ProjectConstraints c)
    {
        var query = new BooleanQuery { { new TermQuery(new Term(IndexFields.Type, IndexFields.ProjectType)), Occur.MUST } };
        if (c.Year is { } year)
        {
            query.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, year, year, true, true), Occur.MUST);
        }

        AddTerms(query, IndexFields.NameKeyword, c.Names, Occur.MUST);
        AddTerms(query, IndexFields.NameKeyword, c.ExceptNames, Occur.MUST_NOT);
        AddMoney(query, IndexFields.Budget, c.Budget);
        AddMoney(query, IndexFields.Fiscal, c.Fiscal);
        AddMoney(query, IndexFields.Other, c.Other);
        if (c.Rows is { } rows)
        {
            // A count is whole: 不到7条 is at most 6, 超过7.5 is at least 8.
            int? min = rows.Min is { } lo ? (int)(rows.MinInclusive ? Math.Ceiling(lo) : Math.Floor(lo) + 1) : null;
            int? max = rows.Max is { } hi ? (int)(rows.MaxInclusive ? Math.Floor(hi) : Math.Ceiling(hi) - 1) : null;
            query.Add(NumericRangeQuery.NewInt32Range(IndexFields.RowCount, min, max, true, true), Occur.MUST);
        }

        foreach (var group in c.Levels ?? [])
        {
            AddTerms(query, IndexFields.LevelKeyword, group, Occur.MUST);
        }

        AddTerms(query, IndexFields.LevelKeyword, c.LacksLevels, Occur.MUST_NOT);
        if (c.Deadline is { } deadline)
        {
            int? from = deadline.From is { } f ? CorpusIndexBuilder.DateKey(f) : null;
            int? to = deadline.To is { } t ? CorpusIndexBuilder.DateKey(t) : null;
            query.Add(NumericRangeQuery.NewInt32Range(IndexFields.ProjectDeadline, from, to, true, true), Occur.MUST);
        }

        return query;
    }

    // Any of the values (MUST) or none of them (MUST_NOT), as one terms filter: a long list needs no clause per value.
    private static void AddTerms(BooleanQuery query, string field, IEnumerable<string>? values, Occur occur)
    {
        if (values is null)
        {
            return;
        }

        var terms = values.Select(v => new Term(field, v)).ToList();
        if (terms.Count == 0 && occur == Occur.MUST)
        {
            query.Add(new BooleanQuery(), Occur.MUST); // any of nothing: no project
            return;
        }

        if (terms.Count > 0)
        {
            query.Add(new ConstantScoreQuery(new TermsFilter(terms)), occur);
        }
    }

    // Money is indexed as the double of a two-decimal amount; the same conversion of the bounds keeps the comparison exact.
    private static void AddMoney(BooleanQuery query, string field, NumericRange? range)
    {
        if (range is not null)
        {
            query.Add(NumericRangeQuery.NewDoubleRange(field, (double?)range.Min, (double?)range.Max, range.MinInclusive, range.MaxInclusive), Occur.MUST);
        }
    }
}
