using Assistant.Plugins.Results;

namespace Assistant.Plugins.Queries;

/// <summary>The projects a query found.</summary>
/// <param name="Criteria">The conditions applied, in words (Chinese), so an answer can say what was asked.</param>
/// <param name="Total">How many projects satisfied them (before <c>top</c>).</param>
/// <param name="Projects">The projects in the requested order, each with the rows or budget that show the match.</param>
public sealed record ProjectQueryResult(string Criteria, int Total, IReadOnlyList<ProjectSummary> Projects);
