using Assistant.Plugins.Results;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>The result of a <see cref="ProjectQuery"/>: every figure computed by code, with its source rows.</summary>
/// <param name="Criteria">The query in words.</param>
/// <param name="Year">The budget year answered.</param>
/// <param name="Total">How many projects met the conditions (before Top/Nth).</param>
/// <param name="Value">The figure asked for (a count, sum, average, maximum, minimum or row count), null for a list.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>: 个, 万元 or 条.</param>
/// <param name="Projects">The projects the answer is about, in order (the ones holding a maximum or minimum).</param>
/// <param name="Totals">预算数, 财政资金 and 其他资金 summed over <paramref name="Projects"/>.</param>
/// <param name="Departments">Per department: projects and 预算数 over <paramref name="Projects"/>, largest first.</param>
public sealed record QueryResult(string Criteria, int Year, int Total, decimal? Value, string? Unit, IReadOnlyList<ProjectSummary> Projects,
    Budget Totals, IReadOnlyList<DepartmentTotal> Departments);
