using Assistant.Plugins.Results;

namespace Assistant.Plugins.Queries;

/// <summary>The result of a <see cref="ProjectQuery"/>: every figure computed by code, with its source rows.</summary>
/// <param name="Criteria">The query in words.</param>
/// <param name="Year">The budget year answered.</param>
/// <param name="Total">How many projects met the conditions (before Top/Nth).</param>
/// <param name="Value">The figure asked for (a count, sum, average, maximum, minimum or row count), null for a list.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>: 个, 万元 or 条.</param>
/// <param name="Projects">The projects the answer is about, in order (the ones holding a maximum or minimum).</param>
public sealed record QueryResult(string Criteria, int Year, int Total, decimal? Value, string? Unit, IReadOnlyList<ProjectSummary> Projects);
