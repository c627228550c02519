using System.Diagnostics;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;
using Assistant.Retrieval.Parsing;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;

namespace Assistant.Retrieval.Indexing;

/// <summary>
/// The searchable corpus: the parsed projects in memory and a Lucene index of them on disk, read through a
/// <see cref="SearcherManager"/>. Thread-safe for concurrent searches.
/// </summary>
public sealed partial class CorpusIndex : IDisposable
{
    private const int MaxFragments = 3;
    private const int RescoreWindow = 100;
    private const float BoostWeight = 2f;
    private readonly FSDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly DomainAnalyzer _analyzer = new();
    private readonly DomainAnalyzer _plain = new(synonyms: false);
    private readonly QueryBuilder _queries;

    private CorpusIndex(IReadOnlyList<Project> projects, IReadOnlyList<ParseDiagnostic> errors, IndexBuildInfo info)
    {
        Projects = projects;
        Errors = errors;
        Info = info;
        _directory = FSDirectory.Open(info.Folder);
        // Each search runs on the caller's thread. Searching the segments in parallel made a topic answer at 10^5 tables
        // slower on two cores (the caller waited on the pool), and a server's concurrent questions use the cores anyway.
        _searchers = new SearcherManager(_directory, searcherFactory: null);
        _queries = new QueryBuilder(_analyzer, _plain);
    }

    /// <summary>Every project, in corpus order.</summary>
    public IReadOnlyList<Project> Projects { get; }

    /// <summary>Problems found while parsing the corpus (those tables are not indexed).</summary>
    public IReadOnlyList<ParseDiagnostic> Errors { get; }

    /// <summary>Where the index is and whether this start built it.</summary>
    public IndexBuildInfo Info { get; }

    /// <summary>
    /// Loads the corpus folder and opens its index under <paramref name="dataFolder"/>, building it when there is none
    /// or the corpus content changed since it was built.
    /// </summary>
    public static CorpusIndex Open(string corpusFolder, string dataFolder, CancellationToken cancellationToken = default)
    {
        var (result, corpusHash) = CorpusLoader.LoadWithHash(corpusFolder);
        return Open(result.Projects, result.Errors, IndexStore.KeyFor(corpusHash, result.Projects), dataFolder, cancellationToken);
    }

    /// <summary>Opens an index of <paramref name="projects"/> stored under <paramref name="key"/>, building it if needed.</summary>
    public static CorpusIndex Open(IReadOnlyList<Project> projects, IReadOnlyList<ParseDiagnostic> errors, string key, string dataFolder,
        CancellationToken cancellationToken = default)
    {
        var store = new IndexStore(dataFolder);
        if (store.CurrentHash == key && store.CurrentFolder is { } existing)
        {
            return new CorpusIndex(projects, errors, new IndexBuildInfo(existing, key, false, 0, FolderBytes(existing)));
        }

        var clock = Stopwatch.StartNew();
        var (folder, built) = store.Ensure(key, projects, cancellationToken);
        var info = new IndexBuildInfo(folder, key, built, built ? clock.Elapsed.TotalSeconds : 0, FolderBytes(folder));
        return new CorpusIndex(projects, errors, info);
    }

    /// <summary>Ranks projects and indicator rows by free text under structured filters.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = Math.Max(1, request.Limit);
        var searcher = _searchers.Acquire();
        try
        {
            var terms = string.IsNullOrWhiteSpace(request.Text) || !request.Highlight
                ? []
                : QueryBuilder.Analyze(_analyzer, request.Text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            var rowsNeeded = request.Scope != SearchScope.Projects || request.HasIndicatorFilter;
            var (rowText, rowHits) = rowsNeeded
                ? SearchText(searcher, request, IndexFields.IndicatorType, indicatorFilters: true, limit, IndexFields.RowText, IndexFields.Level3)
                : (null, new TopDocs(0, [], float.NaN));
            var indicators = rowHits.ScoreDocs.Select(hit => ToIndicatorHit(searcher, hit, rowText, terms)).ToList();
            if (request.HasIndicatorFilter || request.Scope == SearchScope.Indicators)
            {
                // Projects are those whose rows matched, in row order.
                var fromRows = request.Scope == SearchScope.Indicators
                    ? []
                    : indicators.GroupBy(i => i.Project).Select(g => new ProjectHit(g.Key, g.First().Score, g.SelectMany(i => i.Fragments).Take(MaxFragments).ToList())).ToList();
                return new SearchResults(fromRows, indicators, fromRows.Count, rowHits.TotalHits);
            }

            var (projectText, projectHits) = SearchText(searcher, request, IndexFields.ProjectType, indicatorFilters: false, limit,
                IndexFields.Body, IndexFields.Name);
            var projects = projectHits.ScoreDocs.Select(hit => ToProjectHit(searcher, hit, projectText, terms)).ToList();
            return new SearchResults(projects, indicators, projectHits.TotalHits, rowHits.TotalHits);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    // Every word required first; only when that finds nothing (and the caller allows it), any word. The best first-pass hits are then re-ranked
    // by the boost query (name or 三级指标 matches, the phrase), which is too costly to score on every match.
    private (Query? Text, TopDocs Hits) SearchText(IndexSearcher searcher, SearchRequest request, string type, bool indicatorFilters,
        int limit, string matchField, string boostField)
    {
        var text = _queries.Words(request.Text, requireAll: true, matchField);
        var hits = searcher.Search(QueryBuilder.Compose(type, text, request, indicatorFilters), Math.Max(limit, RescoreWindow));
        if (hits.TotalHits == 0 && text is not null && !request.AllWords)
        {
            text = _queries.Words(request.Text, requireAll: false, matchField);
            hits = searcher.Search(QueryBuilder.Compose(type, text, request, indicatorFilters), Math.Max(limit, RescoreWindow));
        }

        if (_queries.Boost(request.Text, boostField) is { } boost && hits.ScoreDocs.Length > 0)
        {
            return (text, BoostRescorer.Rescore(searcher, hits, boost, BoostWeight, limit));
        }

        var top = hits.ScoreDocs.Take(limit).ToArray();
        return (text, new TopDocs(hits.TotalHits, top, top.Length > 0 ? top[0].Score : float.NaN));
    }

    /// <summary>The past projects most like a new one, by Lucene's "more like this" over names, goals and indicators.</summary>
    /// <param name="name">The new project's name.</param>
    /// <param name="description">Optional description or goals of the new project.</param>
    /// <param name="count">How many to return.</param>
    public IReadOnlyList<SimilarProject> FindSimilar(string name, string? description, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var searcher = _searchers.Acquire();
        try
        {
            var mlt = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = _analyzer,
                FieldNames = [IndexFields.Body],
                MinTermFreq = 1,
                MinDocFreq = 1,
                MaxQueryTerms = 30,
            };

            // The name is given twice: it says more about the project than a long description does.
            using var text = new StringReader($"{name}\n{name}\n{description}");
            var like = mlt.Like(text, IndexFields.Body);
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Type, IndexFields.ProjectType)), Occur.MUST },
                { like, Occur.MUST },
            };
            if (_queries.Words(name, requireAll: false, IndexFields.Name) is { } byName)
            {
                query.Add(byName, Occur.SHOULD);
            }

            return searcher.Search(query, Math.Max(1, count)).ScoreDocs
                .Select(hit => new SimilarProject(ProjectOf(searcher, hit.Doc), hit.Score))
                .ToList();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _plain.Dispose();
    }

    private ProjectHit ToProjectHit(IndexSearcher searcher, ScoreDoc hit, Query? text, HashSet<string> terms)
    {
        var project = ProjectOf(searcher, hit.Doc);
        var texts = new[] { project.Name, project.Goals, project.Usage }
            .Concat(project.Indicators.Select(i => $"{i.Level3}：{i.Value}"));
        return new ProjectHit(project, hit.Score, Highlight(text, terms, texts));
    }

    private IndicatorHit ToIndicatorHit(IndexSearcher searcher, ScoreDoc hit, Query? text, HashSet<string> terms)
    {
        var project = ProjectOf(searcher, hit.Doc);
        var row = (int)DocValue(searcher, hit.Doc, IndexFields.Row);
        var indicator = project.Indicators[row];
        return new IndicatorHit(project, indicator, row, hit.Score,
            Highlight(text, terms, [indicator.Level3, indicator.Description, indicator.Value]));
    }

    private Project ProjectOf(IndexSearcher searcher, int doc) => Projects[(int)DocValue(searcher, doc, IndexFields.Ordinal)];

    private static long DocValue(IndexSearcher searcher, int doc, string field)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return leaf.AtomicReader.GetNumericDocValues(field).Get(doc - leaf.DocBase);
    }

    private List<string> Highlight(Query? query, HashSet<string> terms, IEnumerable<string> texts)
    {
        if (query is null || terms.Count == 0)
        {
            return [];
        }

        var highlighter = new Highlighter(new SimpleHTMLFormatter("**", "**"), new QueryTermScorer(query))
        {
            TextFragmenter = new SimpleFragmenter(60),
        };
        var fragments = new List<string>();
        // The highlighter re-reads each text; the cached segmentation first tells which texts hold a query word at all.
        foreach (var text in texts.Where(t => t.Length > 0 && SegmentationCache.Segment(WidthFolder.Fold(t)).Any(w => terms.Contains(w.Term.ToLowerInvariant()))))
        {
            foreach (var fragment in highlighter.GetBestFragments(_analyzer, IndexFields.Body, text, MaxFragments - fragments.Count))
            {
                // Adjacent highlighted terms ("**自然科学****基金**") read better as one.
                var merged = fragment.Replace("****", string.Empty, StringComparison.Ordinal).Trim();
                if (!fragments.Contains(merged, StringComparer.Ordinal))
                {
                    fragments.Add(merged);
                }
            }

            if (fragments.Count >= MaxFragments)
            {
                break;
            }
        }

        return fragments;
    }

    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
