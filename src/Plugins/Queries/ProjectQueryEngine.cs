using Assistant.Plugins.Results;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>
/// Applies a <see cref="ProjectFilter"/> to the corpus exactly: every number is compared by code on the normalised
/// targets, and each match carries the rows that show it.
/// </summary>
public sealed class ProjectQueryEngine(CorpusProvider corpus)
{
    private const int TopicIndexLimit = 50;
    private const int MaxTopicRanking = 1000;

    /// <summary>The corpus in use.</summary>
    public CorpusIndex Index => corpus.Current;

    /// <summary>The projects satisfying <paramref name="filter"/>, ordered by <paramref name="sort"/>.</summary>
    public IReadOnlyList<ProjectMatch> Filter(ProjectFilter filter, ProjectSort sort = ProjectSort.Default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var index = corpus.Current;
        var evidence = new Dictionary<Project, List<Citation>>(ProjectIdentity.Comparer);
        IEnumerable<Project> candidates = index.Projects;

        if (filter.Within is { } within)
        {
            candidates = candidates.Where(p => within.Contains(p.Name));
        }

        if (filter.Department is { } department)
        {
            candidates = candidates.Where(p => p.Department == department);
        }

        if (filter.Budget is { } budget)
        {
            candidates = candidates.Where(p => budget.Contains(p.Budget.Total)).Select(p => Cite(evidence, p, Citation.OfBudget(p)));
        }

        if (filter.Subject is { } subject)
        {
            var rows = new SubjectMatcher(index).Match(subject);
            var unit = filter.ThresholdUnit ?? (IndicatorCategory.Find(subject)?.Name == "满意度指标" ? "%" : null);
            candidates = candidates.Where(p => Keep(evidence, p, rows.TryGetValue(p, out var r) ? r : [],
                i => filter.Threshold is not { } range || TargetComparison.Satisfies(i.Target, range, unit)));
        }

        if (filter.Deadline is { } deadline)
        {
            candidates = candidates.Where(p => Keep(evidence, p, Enumerable.Range(0, p.Indicators.Count).ToList(),
                i => i.Target is { Kind: TargetKind.Deadline, Date: { } date } && deadline.Contains(date)));
        }

        if (filter.HasCategory is { } has)
        {
            var category = IndicatorCategory.Find(has) ?? throw new ArgumentException($"unknown indicator category 「{has}」", nameof(filter));
            candidates = candidates.Where(p => Keep(evidence, p, Enumerable.Range(0, p.Indicators.Count).ToList(), category.Contains));
        }

        if (filter.LacksCategory is { } lacks)
        {
            var category = IndicatorCategory.Find(lacks) ?? throw new ArgumentException($"unknown indicator category 「{lacks}」", nameof(filter));
            candidates = candidates.Where(p => !p.Indicators.Any(category.Contains));
        }

        var relevance = filter.Topic is { } topic ? TopicRelevance(index, topic) : null;
        if (relevance is not null)
        {
            candidates = candidates.Where(relevance.ContainsKey);
        }

        var matches = candidates.Select(p => new ProjectMatch(p, evidence.TryGetValue(p, out var e) ? e : [], relevance?.GetValueOrDefault(p) ?? 0f));
        return (sort switch
        {
            ProjectSort.BudgetDescending => matches.OrderByDescending(m => m.Project.Budget.Total),
            ProjectSort.BudgetAscending => matches.OrderBy(m => m.Project.Budget.Total),
            _ when relevance is not null => matches.OrderByDescending(m => m.Relevance),
            _ => matches.OrderBy(_ => 0),
        }).ToList();
    }

    /// <summary>
    /// Projects about <paramref name="topic"/>: those whose text holds it literally (a name holding it ranks first),
    /// else the index's best matches holding all of its words.
    /// </summary>
    private static Dictionary<Project, float> TopicRelevance(CorpusIndex index, string topic)
    {
        var folded = WidthFolder.Fold(topic);
        var literal = index.Projects.Where(p => Mentions(p, folded)).ToList();
        var ranked = index.Search(new SearchRequest(topic, Limit: Math.Min(MaxTopicRanking, Math.Max(TopicIndexLimit, literal.Count)), Scope: SearchScope.Projects, Highlight: false)).Projects;
        if (literal.Count == 0)
        {
            return ranked.Take(TopicIndexLimit).ToDictionary(h => h.Project, h => h.Score, ProjectIdentity.Comparer);
        }

        var scores = ranked.ToDictionary(h => h.Project, h => h.Score, ProjectIdentity.Comparer);
        return literal.ToDictionary(
            p => p,
            p => (p.Name.Contains(folded, StringComparison.Ordinal) ? 1000f : 0f) + scores.GetValueOrDefault(p),
            ProjectIdentity.Comparer);
    }

    private static bool Mentions(Project p, string topic) =>
        p.Name.Contains(topic, StringComparison.Ordinal) || p.Goals.Contains(topic, StringComparison.Ordinal) ||
        p.Usage.Contains(topic, StringComparison.Ordinal) ||
        p.Indicators.Any(i => i.Level3.Contains(topic, StringComparison.Ordinal) || i.Description.Contains(topic, StringComparison.Ordinal));

    private static bool Keep(Dictionary<Project, List<Citation>> evidence, Project project, IReadOnlyList<int> rows, Func<Indicator, bool> accept)
    {
        var accepted = rows.Select(r => project.Indicators[r]).Where(accept).ToList();
        if (accepted.Count > 0)
        {
            EvidenceOf(evidence, project).AddRange(accepted.Select(i => Citation.Of(project, i)));
        }

        return accepted.Count > 0;
    }

    private static Project Cite(Dictionary<Project, List<Citation>> evidence, Project project, Citation citation)
    {
        EvidenceOf(evidence, project).Add(citation);
        return project;
    }

    private static List<Citation> EvidenceOf(Dictionary<Project, List<Citation>> evidence, Project project)
    {
        if (!evidence.TryGetValue(project, out var list))
        {
            evidence[project] = list = [];
        }

        return list;
    }
}
