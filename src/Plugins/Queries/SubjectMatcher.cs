using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>
/// Finds the indicator rows an indicator subject means. A category word (满意度, 成本指标, 经济效益) selects rows by
/// their 一级/二级指标; any other subject (专家库人数, 技术合同成交额) selects rows whose 三级指标 or description holds
/// it, or failing that, rows the index finds holding all of its words (synonyms included).
/// </summary>
public sealed class SubjectMatcher(CorpusIndex index)
{
    private const int MaxIndexRows = 5000;

    /// <summary>The matching rows of each project of the corpus, as row numbers; projects without a match are absent.</summary>
    public IReadOnlyDictionary<Project, IReadOnlyList<int>> Match(string subject)
    {
        var rows = Match(subject, indexed: false);
        return index.Projects.Select(p => (Project: p, Rows: rows.Of(p))).Where(x => x.Rows.Count > 0)
            .ToDictionary(x => x.Project, x => x.Rows, ProjectIdentity.Comparer);
    }

    /// <summary>
    /// The rows <paramref name="subject"/> selects. Whether the subject is written literally in some table is decided over
    /// the whole corpus, so the rows found for a project never depend on which others are asked about;
    /// <paramref name="indexed"/> decides it by the index's text look-up instead of reading every row.
    /// </summary>
    public SubjectRows Match(string subject, bool indexed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var category = IndicatorCategory.Find(subject);
        if (category is not null)
        {
            return new SubjectRows(category.Contains);
        }

        var words = Compact(subject);
        bool Literal(Indicator i) => i.Level3.Contains(words, StringComparison.Ordinal) || i.Description.Contains(words, StringComparison.Ordinal);
        if (IsWritten(subject, indexed))
        {
            return new SubjectRows(Literal);
        }

        var hits = index.Search(new SearchRequest(subject, Limit: MaxIndexRows, Scope: SearchScope.Indicators, Highlight: false)).Indicators;
        return new SubjectRows(hits.GroupBy(h => h.Project, ProjectIdentity.Comparer)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(h => h.Row).Order().ToList(), ProjectIdentity.Comparer));
    }

    /// <summary>True when some row of the corpus writes <paramref name="subject"/> in its 三级指标 or description.</summary>
    public bool IsWritten(string subject, bool indexed)
    {
        var words = Compact(subject);
        return indexed
            ? index.Texts.AnyContaining(words, ProjectText.Rows)
            : index.Projects.Any(p => p.Indicators.Any(i => i.Level3.Contains(words, StringComparison.Ordinal) || i.Description.Contains(words, StringComparison.Ordinal)));
    }

    /// <summary>The subject as looked up: full-width folded, without spaces.</summary>
    public static string Compact(string text) =>
        string.Concat(WidthFolder.Fold(text).Where(c => !char.IsWhiteSpace(c)));
}
