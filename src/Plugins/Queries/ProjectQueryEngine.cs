using Assistant.Plugins.Results;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Hosting;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>
/// Applies a <see cref="ProjectFilter"/> to the corpus exactly: every number is compared by code on the normalised
/// targets, and each match carries the rows that show it.
/// </summary>
public sealed partial class ProjectQueryEngine(CorpusProvider corpus, TableValidator validator, Microsoft.Extensions.Options.IOptions<QueryOptions> options)
{
    private const int TopicIndexLimit = 50;

    /// <summary>The corpus in use.</summary>
    public CorpusIndex Index => corpus.Current;

    /// <summary>
    /// The projects of <paramref name="over"/> satisfying <paramref name="filter"/>, ordered by <paramref name="sort"/>:
    /// every condition checked by code on the normalised tables. With <paramref name="evidence"/>, each match carries
    /// the rows that prove it; without, the set is decided alone (cheaper when only a page will be shown).
    /// <paramref name="indexed"/> lets text conditions look pieces up in the index's <see cref="TextIndex"/> instead
    /// of reading every table: the same sets, found faster.
    /// </summary>
    private List<ProjectMatch> Filter(ProjectFilter filter, ProjectSort sort, MoneyField field, IReadOnlyList<Project> over, bool evidence, bool indexed)
        => Matching(filter, sort, field, over, evidence, indexed, out var keys, out var relevance) is var matches && indexed
            ? matches
            : Order(matches, sort, field, keys, relevance);

    // The matches in corpus order, with the keys their order needs (a subject's targets, deadlines, topic relevance).
    private List<ProjectMatch> Matching(ProjectFilter filter, ProjectSort sort, MoneyField field, IReadOnlyList<Project> over, bool evidence, bool indexed,
        out Dictionary<Project, decimal>? targetKeys, out Dictionary<Project, float>? relevance, TopicTables? topicRelevance = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var index = corpus.Current;
        var proof = evidence ? new Dictionary<Project, List<Citation>>(ProjectIdentity.Comparer) : null;
        IEnumerable<Project> candidates = over;

        if (filter.Within is { } within)
        {
            candidates = candidates.Where(p => within.Contains(p.Name));
        }

        if (filter.AnyOf is { Count: > 0 } branches)
        {
            // Each branch is filtered by the same rules; a project in any of them is kept, with the evidence of each.
            var matched = branches.SelectMany(b => Filter(b with { Within = filter.Within }, ProjectSort.Default, field, over, evidence, indexed))
                .GroupBy(m => m.Project, ProjectIdentity.Comparer)
                .ToDictionary(g => g.Key, g => g.SelectMany(m => m.Evidence).ToList(), ProjectIdentity.Comparer);
            candidates = candidates.Where(p => matched.TryGetValue(p, out var rows) && Cite(proof, p, rows));
        }

        if (filter.Except is { } except)
        {
            candidates = candidates.Where(p => !except.Contains(p.Name));
        }

        if (filter.Department is { } department)
        {
            candidates = candidates.Where(p => p.Department == department);
        }

        if (filter.Departments is { Count: > 0 } anyOf)
        {
            candidates = candidates.Where(p => anyOf.Contains(p.Department));
        }

        if (filter.ExceptDepartments is { Count: > 0 } noneOf)
        {
            candidates = candidates.Where(p => !noneOf.Contains(p.Department));
        }

        if (filter.Budget is { } budget)
        {
            candidates = candidates.Where(p => budget.Contains(MoneyFields.Of(p, filter.BudgetField))).Select(p => Cite(proof, p, Citation.OfBudget(p)));
        }

        candidates = ByText(candidates, filter);
        if (filter.RowCount is { } rowCount)
        {
            candidates = candidates.Where(p => rowCount.Contains(p.Indicators.Count));
        }

        if (filter.Rows is { } form)
        {
            candidates = candidates.Where(p => Keep(proof, p, Enumerable.Range(0, p.Indicators.Count).ToList(), form.Matches));
        }

        if (filter.FailsRule is { } rule)
        {
            // The condition is the review rule itself: the validator decides, and its findings are the evidence.
            var checker = validator.Rules.FirstOrDefault(r => r.Id == rule) ?? throw new ArgumentException($"unknown review rule 「{rule}」", nameof(filter));
            candidates = candidates.Where(p => checker.Check(p).Where(f => filter.FailsRuleSeverity is not { } severity || f.Severity == severity).ToList()
                is { Count: > 0 } findings && Cite(proof, p, findings.Select(f => Citation.OfFinding(f, p.Year))));
        }

        foreach (var name in filter.HasCategories ?? [])
        {
            var category = IndicatorCategory.Find(name) ?? throw new ArgumentException($"unknown indicator category 「{name}」", nameof(filter));
            candidates = candidates.Where(p => Keep(proof, p, Enumerable.Range(0, p.Indicators.Count).ToList(), category.Contains));
        }

        if (filter.Subject is { } subject)
        {
            var rows = new SubjectMatcher(index).Match(subject, indexed);
            var unit = TargetComparison.UnitFor(subject, filter.ThresholdUnit);
            bool Accept(Indicator i) => filter.Threshold is not { } range || TargetComparison.Satisfies(i.Target, range, unit);
            candidates = proof is null
                ? candidates.Where(p => rows.Any(p, Accept))
                : candidates.Where(p => Keep(proof, p, rows.Of(p), Accept));
        }

        if (filter.Deadline is { } deadline)
        {
            candidates = candidates.Where(p => Keep(proof, p, Enumerable.Range(0, p.Indicators.Count).ToList(),
                i => i.Target is { Kind: TargetKind.Deadline, Date: { } date } && deadline.Contains(date)));
        }

        if (filter.HasCategory is { } has)
        {
            var category = IndicatorCategory.Find(has) ?? throw new ArgumentException($"unknown indicator category 「{has}」", nameof(filter));
            candidates = filter.CategoryRows is { } count
                ? candidates.Where(p => count.Contains(p.Indicators.Count(category.Contains)) &&
                                        Keep(proof, p, Enumerable.Range(0, p.Indicators.Count).ToList(), category.Contains))
                : candidates.Where(p => Keep(proof, p, Enumerable.Range(0, p.Indicators.Count).ToList(), category.Contains));
        }

        foreach (var lacks in (filter.LacksCategories ?? []).Append(filter.LacksCategory).OfType<string>())
        {
            var category = IndicatorCategory.Find(lacks) ?? throw new ArgumentException($"unknown indicator category 「{lacks}」", nameof(filter));
            candidates = candidates.Where(p => !p.Indicators.Any(category.Contains));
        }

        relevance = filter.Topic is { } topic ? topicRelevance?.ByProject() ?? TopicRelevance(index, topic, over.Count > 0 ? over[0].Year : 0, indexed) : null;
        if (relevance is not null)
        {
            candidates = candidates.Where(relevance.ContainsKey);
        }

        if (filter.VersusAverage is { } versus)
        {
            // The average of the projects meeting every other condition, then each compared with it.
            var kept = candidates.ToList();
            var average = kept.Count == 0 ? 0m : kept.Average(p => MoneyFields.Of(p, filter.BudgetField));
            var range = NumberRange.From(versus, average);
            candidates = kept.Where(p => range.Contains(MoneyFields.Of(p, filter.BudgetField)));
        }

        targetKeys = ByKeys(sort)
            ? SortKeys(index, filter, sort, over, indexed)
            : null;
        if (targetKeys is not null)
        {
            candidates = candidates.Where(targetKeys.ContainsKey); // a table without the row has no place in that order
        }

        var scores = relevance;
        return candidates.Select(p => new ProjectMatch(p, proof?.TryGetValue(p, out var e) == true ? e : [], scores?.GetValueOrDefault(p) ?? 0f)).ToList();
    }

    // Orders by a subject's target or a deadline: each table's key is worked out from its rows (SortKeys).
    private static bool ByKeys(ProjectSort sort) =>
        sort is ProjectSort.TargetAscending or ProjectSort.TargetDescending or ProjectSort.DeadlineLatest or ProjectSort.DeadlineEarliest;

    // The order asked for; LINQ's stable sorts keep corpus order among equals. The reference path sorts everything.
    private static List<ProjectMatch> Order(IEnumerable<ProjectMatch> matches, ProjectSort sort, MoneyField field,
        Dictionary<Project, decimal>? targetKeys, Dictionary<Project, float>? relevance) =>
        (sort switch
        {
            ProjectSort.BudgetDescending => matches.OrderByDescending(m => MoneyFields.Of(m.Project, field)),
            ProjectSort.BudgetAscending => matches.OrderBy(m => MoneyFields.Of(m.Project, field)),
            ProjectSort.RowsDescending => matches.OrderByDescending(m => m.Project.Indicators.Count),
            ProjectSort.RowsAscending => matches.OrderBy(m => m.Project.Indicators.Count),
            ProjectSort.TargetDescending or ProjectSort.DeadlineLatest => matches.OrderByDescending(m => targetKeys![m.Project]),
            ProjectSort.TargetAscending or ProjectSort.DeadlineEarliest => matches.OrderBy(m => targetKeys![m.Project]),
            _ when relevance is not null => matches.OrderByDescending(m => m.Relevance),
            _ => matches,
        }).ToList();

    /// <summary>
    /// The same order as a comparison, for taking only the first few of a large set; null when the order is the
    /// corpus order the matches already have.
    /// </summary>
    private static Comparison<ProjectMatch>? Comparison(ProjectSort sort, MoneyField field, Dictionary<Project, decimal>? targetKeys, bool byRelevance) => sort switch
    {
        ProjectSort.BudgetDescending => (a, b) => MoneyFields.Of(b.Project, field).CompareTo(MoneyFields.Of(a.Project, field)),
        ProjectSort.BudgetAscending => (a, b) => MoneyFields.Of(a.Project, field).CompareTo(MoneyFields.Of(b.Project, field)),
        ProjectSort.RowsDescending => (a, b) => b.Project.Indicators.Count.CompareTo(a.Project.Indicators.Count),
        ProjectSort.RowsAscending => (a, b) => a.Project.Indicators.Count.CompareTo(b.Project.Indicators.Count),
        ProjectSort.TargetDescending or ProjectSort.DeadlineLatest => (a, b) => targetKeys![b.Project].CompareTo(targetKeys[a.Project]),
        ProjectSort.TargetAscending or ProjectSort.DeadlineEarliest => (a, b) => targetKeys![a.Project].CompareTo(targetKeys[b.Project]),
        _ when byRelevance => (a, b) => b.Relevance.CompareTo(a.Relevance),
        _ => null,
    };

    private static IEnumerable<Project> ByText(IEnumerable<Project> candidates, ProjectFilter filter)
    {
        if (filter.NameContains is { } part)
        {
            candidates = candidates.Where(p => p.Name.Contains(part, StringComparison.Ordinal));
        }

        if (filter.NameLacks is { } lacking)
        {
            candidates = candidates.Where(p => !p.Name.Contains(lacking, StringComparison.Ordinal));
        }

        if (filter.NameStartsWith is { } prefix)
        {
            candidates = candidates.Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal));
        }

        if (filter.NameEndsWith is { } suffix)
        {
            candidates = candidates.Where(p => p.Name.EndsWith(suffix, StringComparison.Ordinal));
        }

        if (filter.GoalsContain is { } goals)
        {
            candidates = candidates.Where(p => p.Goals.Contains(goals, StringComparison.Ordinal));
        }

        if (filter.UsageContains is { } usage)
        {
            candidates = candidates.Where(p => p.Usage.Contains(usage, StringComparison.Ordinal));
        }

        if (filter.TextContains is { } text)
        {
            candidates = candidates.Where(p => Mentions(p, text) || p.Indicators.Any(i => i.Value.Contains(text, StringComparison.Ordinal)));
        }

        return candidates;
    }

    /// <summary>
    /// Projects about <paramref name="topic"/>: those whose text holds it literally (a name holding it ranks first),
    /// else the index's best matches holding all of its words (never only some of them).
    /// </summary>
    // Over the whole year, never only the projects asked about: which tables mention the topic, and so whether the
    // ranking falls back to the index's best matches, must not depend on the other conditions.
    private Dictionary<Project, float> TopicRelevance(CorpusIndex index, string topic, int year, bool indexed) =>
        Topic(index, topic, year, indexed).ByProject();

    /// <summary>
    /// The projects about <paramref name="topic"/> with their relevance (see <see cref="TopicRelevance"/>), by ordinal.
    /// <paramref name="indexed"/> looks the literal mentions up in the index's texts; else every table is read.
    /// </summary>
    private TopicTables Topic(CorpusIndex index, string topic, int year, bool indexed)
    {
        var folded = WidthFolder.Fold(topic);
        var projects = index.Projects;
        // The tables holding the topic, ascending (corpus order): looked up in the index's texts, or found by reading every table.
        IReadOnlySet<int>? set = null;
        IReadOnlyList<int> ordinals;
        if (indexed)
        {
            var found = index.Texts.Containing(folded, ProjectText.Name | ProjectText.Goals | ProjectText.Usage | ProjectText.Rows);
            var facts = Facts(index);
            // A corpus of one year: every table found is of it, and the set found is the set kept.
            (ordinals, set) = facts.OnlyYear && year == facts.LatestYear
                ? (found.Ascending, found)
                : (found.Ascending.Where(o => projects[o].Year == year).ToList(), null);
        }
        else
        {
            ordinals = Enumerable.Range(0, projects.Count).Where(o => projects[o].Year == year && Mentions(projects[o], folded)).ToList();
        }

        if (ordinals.Count == 0)
        {
            // Every word of the topic, as a search would find it (科普 in 科学技术普及); never one of its words alone (区块链 is not 产业链).
            var ranked = index.Search(new SearchRequest(topic, Limit: TopicIndexLimit, Scope: SearchScope.Projects, Highlight: false, AllWords: true)).Projects;
            var best = ranked.ToDictionary(h => h.Project, h => h.Score, ProjectIdentity.Comparer);
            var hits = OrdinalsOf(index, best.Keys);
            var byOrdinal = hits.Ascending.ToDictionary(o => o, o => best[projects[o]]);
            return new TopicTables(hits.Ascending, some => [.. some.Select(o => byOrdinal[o])], _ => false, projects, hits);
        }

        // Each of them scored as a search scores it; a name holding the topic ranks first.
        var named = indexed ? index.Texts.Containing(folded, ProjectText.Name) : null;
        return new TopicTables(ordinals, some => index.Relevance(topic, some),
            o => named?.Contains(o) ?? projects[o].Name.Contains(folded, StringComparison.Ordinal), projects, set);
    }

    private static bool Mentions(Project p, string topic) =>
        p.Name.Contains(topic, StringComparison.Ordinal) || p.Goals.Contains(topic, StringComparison.Ordinal) ||
        p.Usage.Contains(topic, StringComparison.Ordinal) ||
        p.Indicators.Any(i => i.Level3.Contains(topic, StringComparison.Ordinal) || i.Description.Contains(topic, StringComparison.Ordinal));

    private static bool Keep(Dictionary<Project, List<Citation>>? evidence, Project project, IReadOnlyList<int> rows, Func<Indicator, bool> accept)
    {
        if (evidence is null)
        {
            return rows.Any(r => accept(project.Indicators[r]));
        }

        var accepted = rows.Select(r => project.Indicators[r]).Where(accept).ToList();
        if (accepted.Count > 0)
        {
            EvidenceOf(evidence, project).AddRange(accepted.Select(i => Citation.Of(project, i)));
        }

        return accepted.Count > 0;
    }

    private static bool Cite(Dictionary<Project, List<Citation>>? evidence, Project project, IEnumerable<Citation> citations)
    {
        if (evidence is not null)
        {
            EvidenceOf(evidence, project).AddRange(citations);
        }

        return true;
    }

    private static Project Cite(Dictionary<Project, List<Citation>>? evidence, Project project, Citation citation)
    {
        if (evidence is not null)
        {
            EvidenceOf(evidence, project).Add(citation);
        }

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
