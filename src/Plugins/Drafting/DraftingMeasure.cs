using Assistant.Plugins.Comparison;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Drafting;

/// <summary>
/// The leave-one-out measure of drafting: each real table drafted from its name, budget and department with itself
/// left out; rows compared under the same 一级指标 by the character-pair similarity of their 三级指标 (≥ 0.5 is a
/// counterpart). 成本 and 满意度 rows are left out on both sides (they are written from the budget and the norm), and
/// placeholder rows (【…】) on the draft's side.
/// </summary>
public static class DraftingMeasure
{
    /// <summary>The similarity at which two 三级指标 are the same row.</summary>
    public const double SameRow = 0.5;

    /// <summary>Drafts every table of <paramref name="projects"/> leaving it out, and scores the drafts.</summary>
    public static DraftingScore Measure(DraftingPlugin plugin, IReadOnlyList<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(projects);
        var bonds = projects.Where(ProjectKind.IsBond).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        double recall = 0, precision = 0;
        var bondRows = 0;
        foreach (var project in projects)
        {
            var draft = plugin.DraftLeavingOut(project.Name, project.Budget.Total, department: project.Department, year: project.Year).Draft;
            var real = project.Indicators.Where(i => Counted(i.Level1, i.Level2)).Select(i => (i.Level1, i.Level3)).ToList();
            var drafted = draft.Indicators.Where(r => Counted(r.Level1, r.Level2) && !r.Level3.Contains('【', StringComparison.Ordinal))
                .Select(r => (r.Level1, r.Level3)).ToList();
            recall += Share(real, drafted);
            precision += Share(drafted, real);
            if (!ProjectKind.IsBond(project) && draft.Indicators.Any(r => bonds.Contains(r.Source)))
            {
                bondRows++;
            }
        }

        var n = Math.Max(1, projects.Count);
        return new DraftingScore(projects.Count, Math.Round(recall / n, 3), Math.Round(precision / n, 3), bondRows);
    }

    private static bool Counted(string level1, string level2) =>
        level1 is not ("满意度指标" or "成本指标") && level2 != "成本指标";

    // The share of rows with a counterpart under the same 一级指标 (an empty side counts as 0).
    private static double Share(List<(string Level1, string Level3)> rows, List<(string Level1, string Level3)> other) =>
        rows.Count == 0 ? 0 : (double)rows.Count(r => other.Any(o => o.Level1 == r.Level1 && YearOverYearPlugin.Similarity(o.Level3, r.Level3) >= SameRow)) / rows.Count;
}
