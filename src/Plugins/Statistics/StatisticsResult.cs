using Assistant.Plugins.Results;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Statistics;

/// <summary>Counts and budget sums over the projects a filter selects.</summary>
/// <param name="Criteria">The conditions applied, in words.</param>
/// <param name="Count">Number of projects.</param>
/// <param name="Budget">Sums of 预算数, 财政资金 and 其他资金 in 万元.</param>
/// <param name="Departments">Per department: projects and budget, largest first.</param>
/// <param name="Citations">The 预算数 of every project counted.</param>
public sealed record StatisticsResult(
    string Criteria,
    int Count,
    Budget Budget,
    IReadOnlyList<DepartmentTotal> Departments,
    IReadOnlyList<Citation> Citations);
