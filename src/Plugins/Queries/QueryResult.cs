using Assistant.Plugins.Results;
using Assistant.Retrieval.Corpus;

namespace Assistant.Plugins.Queries;

/// <summary>The result of a <see cref="ProjectQuery"/>: every figure computed by code, with its source rows.</summary>
/// <param name="Criteria">The query in words.</param>
/// <param name="Year">The budget year answered.</param>
/// <param name="Total">How many projects met the conditions (before Top/Nth).</param>
/// <param name="Value">The figure asked for (a count, sum, average, maximum, minimum or row count), null for a list.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>: 个, 万元 or 条.</param>
/// <param name="Projects">
/// The projects the answer is about, in order (the ones holding a maximum or minimum): the first
/// <c>Queries:MaxProjects</c> of <paramref name="Kept"/>, each with its evidence.
/// </param>
/// <param name="Totals">预算数, 财政资金 and 其他资金 summed over all <paramref name="Kept"/> projects.</param>
/// <param name="Departments">Per department: projects and 预算数 over all <paramref name="Kept"/> projects, largest first (ties by name).</param>
/// <param name="Kept">How many projects the answer is about (after Top/Nth; <paramref name="Projects"/> may list fewer).</param>
/// <param name="Each">
/// True when <paramref name="Value"/> is each kept project's own figure, the same for all: a place shared by ties asked
/// for the figure it is ranked by (指标最少的项目有几条指标: each of the tied tables has 6 rows, not 288 together).
/// </param>
public sealed record QueryResult(string Criteria, int Year, int Total, decimal? Value, string? Unit, IReadOnlyList<ProjectSummary> Projects,
    Budget Totals, IReadOnlyList<DepartmentTotal> Departments, int Kept, bool Each = false)
{
    /// <summary>
    /// How many projects left out of the first N hold the same number in the order as the N-th (指标最少的3个项目: 45 more
    /// tables have 6 rows): the cut among them followed the corpus's order, not the question. Zero when nothing ties there.
    /// </summary>
    public int TiedAtCut { get; init; }

    /// <summary>
    /// True when the figure asked differs among those tied projects, so which of them were taken changes it (指标最少的3个
    /// 项目预算合计): <see cref="Value"/> is then no answer to the question.
    /// </summary>
    public bool TieDecidesValue { get; init; }

    /// <summary>
    /// For the N-th place by a number (预算倒数第三): how many projects come before it when that is not N − 1, because
    /// tied projects ahead share a place (6, 8, 8, 8.5 万元: 8.5 is the third place, with three tables before it). Zero
    /// when counting one by one gives the same place.
    /// </summary>
    public int AheadOfPlace { get; init; }
}
