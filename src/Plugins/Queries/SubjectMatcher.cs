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

    /// <summary>The matching rows of each project, as row numbers; projects without a match are absent.</summary>
    public IReadOnlyDictionary<Project, IReadOnlyList<int>> Match(string subject)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var category = IndicatorCategory.Find(subject);
        if (category is not null)
        {
            return Rows((_, i) => category.Contains(i));
        }

        var words = Compact(subject);
        var literal = Rows((_, i) => i.Level3.Contains(words, StringComparison.Ordinal) ||
                                     i.Description.Contains(words, StringComparison.Ordinal));
        if (literal.Count > 0)
        {
            return literal;
        }

        var hits = index.Search(new SearchRequest(subject, Limit: MaxIndexRows, Scope: SearchScope.Indicators, Highlight: false)).Indicators;
        return hits.GroupBy(h => h.Project, ProjectIdentity.Comparer)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(h => h.Row).Order().ToList(), ProjectIdentity.Comparer);
    }

    private Dictionary<Project, IReadOnlyList<int>> Rows(Func<Project, Indicator, bool> predicate)
    {
        var result = new Dictionary<Project, IReadOnlyList<int>>(ProjectIdentity.Comparer);
        foreach (var project in index.Projects)
        {
            var rows = Enumerable.Range(0, project.Indicators.Count).Where(r => predicate(project, project.Indicators[r])).ToList();
            if (rows.Count > 0)
            {
                result[project] = rows;
            }
        }

        return result;
    }

    private static string Compact(string text) =>
        string.Concat(WidthFolder.Fold(text).Where(c => !char.IsWhiteSpace(c)));
}
