using System.Globalization;
using Assistant.Plugins.Comparison;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Indexing;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Drafting;

/// <summary>
/// Which rows a draft borrows: only rows that several of the similar projects agree on. A row one project wrote for
/// itself (a count of its own, a city-wide outcome) is what a reviewer sends back; a row two or more similar projects
/// both carry is the bureau's way of measuring that kind of work. The slots nothing agrees on stay 【请填写】.
/// </summary>
public sealed partial class DraftingPlugin
{
    // At most this many borrowed rows of each 二级指标: a draft is a starting point, not a copy.
    private static readonly Dictionary<string, int> MostBorrowed = new(StringComparer.Ordinal)
    {
        ["数量指标"] = 3, ["质量指标"] = 2, ["社会效益指标"] = 2, ["经济效益指标"] = 1, ["可持续影响指标"] = 1,
    };

    // A row is borrowed when the similar projects that carry it (or a counterpart) hold at least this share of the
    // similarity weight of the nearest projects: more than one of eight equally close projects agreeing.
    private const double Agreement = 0.15;

    // A row only one project carries needs that project to hold this share alone: clearly closer than the rest.
    private const double AgreementAlone = 0.25;

    // A similar project of the requested department counts this much more: a department writes its tables alike.
    private const double SameDepartment = 1.5;

    /// <summary>
    /// The rows to borrow, each with why: rows of <paramref name="similar"/> (the same-kind sources) whose carriers among
    /// the sources and the nearest <paramref name="neighbours"/> hold at least <see cref="Agreement"/> of the similarity
    /// weight (<see cref="AgreementAlone"/> when one project alone carries it), the best-supported first. A project of
    /// the requested department weighs more. None, when nothing agrees: the draft then keeps its framework rows.
    /// </summary>
    private static List<(DraftIndicator Row, string Why)> Borrow(IReadOnlyList<SimilarProject> similar, IReadOnlyList<SimilarProject> neighbours,
        IReadOnlySet<string> departments, string similarity)
    {
        // Agreement is weighed over the nearest projects of any kind as well as the sources, so that two sources, all
        // the kind filter left, do not pass every row they have.
        var weights = neighbours.Concat(similar).DistinctBy(s => s.Project)
            .Select(s => (s.Project, Weight: (double)s.Score * (departments.Contains(s.Project.Department) ? SameDepartment : 1)))
            .ToList();
        var total = weights.Sum(w => w.Weight);
        double Support(Indicator row) => total > 0 ? weights.Where(w => HasCounterpart(w.Project, row)).Sum(w => w.Weight) / total : 0;
        int Others(Project source, Indicator row) => weights.Count(w => !ReferenceEquals(w.Project, source) && HasCounterpart(w.Project, row));

        var supported = similar
            .SelectMany((source, rank) => source.Project.Indicators.Where(Borrowable).Select(row => (source.Project, Rank: rank, Row: row, Support: Support(row))))
            .Where(c => c.Support >= AgreementAlone || (c.Support >= Agreement && Others(c.Project, c.Row) > 0))
            .OrderByDescending(c => c.Support).ThenBy(c => c.Rank).ThenBy(c => c.Row.Line)
            .ToList();
        var chosen = new List<(DraftIndicator Row, string Why)>();
        foreach (var (project, _, row, support) in supported)
        {
            // Each 三级指标 once (R09), and one row for what several sources say in their own words.
            if (chosen.Count(r => r.Row.Level2 == row.Level2) >= MostBorrowed[row.Level2] ||
                chosen.Any(r => r.Row.Level1 == row.Level1 && YearOverYearPlugin.Similarity(r.Row.Level3, row.Level3) >= DraftingMeasure.SameRow))
            {
                continue;
            }

            var share = string.Create(CultureInfo.InvariantCulture, $"{support * 100:0}%");
            var others = Others(project, row);
            chosen.Add((Borrowed(project, row), others > 0
                ? $"{similarity}；另有 {others} 个相似项目有同类指标（占相似度 {share}）"
                : $"{similarity}；仅此项目有此指标，它比其他相似项目更接近本项目（占相似度 {share}），请核对是否适用"));
        }

        return chosen;
    }

    private static DraftIndicator Borrowed(Project project, Indicator row) =>
        new(row.Level1, row.Level2, row.Level3, row.Description, row.Value.Trim(), project.Name);

    // Rows a draft may borrow: not 时效/成本/满意度 (written from the budget year, budget and norm); quantity and quality
    // rows quantified (R10); no percentage above 100 or "≥100%" (R04, R05).
    private static bool Borrowable(Indicator row) =>
        MostBorrowed.ContainsKey(row.Level2) && row.Target.Kind != TargetKind.Unreadable &&
        (row.Level2 is not ("数量指标" or "质量指标") || row.Target.IsQuantified) &&
        !(row.Target.Kind == TargetKind.Percent && row.Target.Number > 100) &&
        row.Target is not { Kind: TargetKind.Percent, Number: 100m, Comparator: Comparator.GreaterOrEqual or Comparator.Greater };

    private static bool HasCounterpart(Project project, Indicator row) =>
        project.Indicators.Any(i => i.Level1 == row.Level1 && YearOverYearPlugin.Similarity(i.Level3, row.Level3) >= DraftingMeasure.SameRow);

    /// <summary>
    /// The 时效 三级指标 the tables of <paramref name="year"/> most often share: the wording with the most tables holding a
    /// counterpart of it (完成时间 in the 2025 tables), so a draft's deadline row reads the way the bureau writes it.
    /// </summary>
    internal static string DeadlineWording(IEnumerable<Project> projects, int year, string? leftOut)
    {
        var wordings = projects.Where(p => p.Year == year && p.Name != leftOut)
            .SelectMany(p => p.Indicators.Where(i => i.Level2 == "时效指标").Select(i => i.Level3).Distinct(StringComparer.Ordinal))
            .GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Wording: g.Key, Tables: g.Count()))
            .ToList();
        return wordings
            .Select(w => (w.Wording, Shared: wordings.Where(o => YearOverYearPlugin.Similarity(o.Wording, w.Wording) >= DraftingMeasure.SameRow).Sum(o => o.Tables)))
            .OrderByDescending(w => w.Shared).ThenBy(w => w.Wording.Length).ThenBy(w => w.Wording, StringComparer.Ordinal)
            .Select(w => w.Wording)
            .FirstOrDefault() ?? "完成时间";
    }
}
