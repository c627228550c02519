using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Results;

/// <summary>A project in a result list, with the rows that made it match.</summary>
/// <param name="Name">项目名称.</param>
/// <param name="Department">Department name.</param>
/// <param name="Budget">预算数 in 万元.</param>
/// <param name="Source">File and title line.</param>
/// <param name="Evidence">The indicator rows (or budget) that satisfied the query.</param>
/// <param name="Year">The budget year of the table.</param>
public sealed record ProjectSummary(string Name, string Department, decimal Budget, SourceLocation Source, IReadOnlyList<Citation> Evidence, int Year = 0)
{
    /// <summary>Summarises <paramref name="project"/> with its evidence.</summary>
    public static ProjectSummary Of(Project project, IReadOnlyList<Citation> evidence) =>
        new(project.Name, project.Department, project.Budget.Total, project.Source, evidence, project.Year);
}
