using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Corpus;

/// <summary>Counts and budget totals over a set of projects, and the values that could not be read.</summary>
/// <param name="Projects">Number of projects.</param>
/// <param name="Indicators">Number of indicator rows.</param>
/// <param name="Budget">Budget sums in 万元.</param>
/// <param name="Departments">Per department: projects and budget total, largest budget first.</param>
/// <param name="Levels">Per 一级指标 and 二级指标: row counts.</param>
/// <param name="Kinds">Per target kind: row counts.</param>
/// <param name="Unreadable">The values that look quantitative but could not be read, with their sources.</param>
public sealed record CorpusStatistics(
    int Projects,
    int Indicators,
    Budget Budget,
    IReadOnlyList<DepartmentTotal> Departments,
    IReadOnlyList<LevelCount> Levels,
    IReadOnlyDictionary<string, int> Kinds,
    IReadOnlyList<UnreadableValue> Unreadable)
{
    /// <summary>Computes the statistics of <paramref name="projects"/>.</summary>
    public static CorpusStatistics Compute(IReadOnlyList<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var rows = projects.SelectMany(p => p.Indicators.Select(i => (Project: p, Indicator: i))).ToList();
        var departments = projects
            .GroupBy(p => (p.Department, p.DepartmentCode))
            .Select(g => new DepartmentTotal(g.Key.Department, g.Key.DepartmentCode, g.Count(), g.Sum(p => p.Budget.Total)))
            .OrderByDescending(d => d.Budget)
            .ToList();
        var levels = rows
            .GroupBy(r => (r.Indicator.Level1, r.Indicator.Level2))
            .Select(g => new LevelCount(g.Key.Level1, g.Key.Level2, g.Count()))
            .OrderBy(l => l.Level1, StringComparer.Ordinal)
            .ThenByDescending(l => l.Rows)
            .ToList();
        var kinds = rows
            .GroupBy(r => r.Indicator.Target.Kind)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count());
        var unreadable = rows
            .Where(r => r.Indicator.Target.Kind == TargetKind.Unreadable)
            .Select(r => new UnreadableValue(r.Project.Name, r.Indicator.Level3, r.Indicator.Value,
                r.Project.Source with { Line = r.Indicator.Line }))
            .ToList();
        return new CorpusStatistics(
            projects.Count,
            rows.Count,
            new Budget(projects.Sum(p => p.Budget.Total), projects.Sum(p => p.Budget.Fiscal), projects.Sum(p => p.Budget.Other)),
            departments,
            levels,
            kinds,
            unreadable);
    }
}
