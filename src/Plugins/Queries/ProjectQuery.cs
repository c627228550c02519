using System.ComponentModel;

namespace Assistant.Plugins.Queries;

/// <summary>
/// The typed query: which projects (<see cref="Filter"/>, every condition at once), in what order, which of them
/// (<see cref="Top"/> or <see cref="Nth"/>), and what is asked of them. The offline understanding and a model produce
/// it; <see cref="ProjectQueryEngine.Execute"/> is the one place it is executed.
/// </summary>
public sealed record ProjectQuery
{
    /// <summary>The conditions; an empty filter is every project of the year.</summary>
    [Description("筛选条件，全部同时满足 / conditions, all must hold")]
    public ProjectFilter Filter { get; init; } = new();

    /// <summary>What is asked.</summary>
    [Description("要什么：list 项目清单、count 个数、sum 合计、average 平均、max 最大值、min 最小值、rows 指标条数合计 / what to compute")]
    public QueryAsk Ask { get; init; } = QueryAsk.List;

    /// <summary>
    /// With <see cref="QueryAsk.Rows"/>: count only the rows of this 一级/二级 category (产出指标一共多少条: the 产出 rows,
    /// not every row of the tables holding one). Null counts every row.
    /// </summary>
    [Description("与 rows 合用：只数这一类指标的条数，如 产出指标、满意度指标、成本指标；不填数全部指标 / with rows: count only this category's rows")]
    public string? RowsOf { get; init; }

    /// <summary>The money field summed, averaged or compared (预算数 unless the question names another).</summary>
    [Description("金额字段：budget 预算数、fiscal 财政资金、other 其他资金 / money field")]
    public MoneyField Field { get; init; } = MoneyField.Budget;

    /// <summary>
    /// The money field a money order ranks by when it is not <see cref="Field"/> (预算最高的项目其他资金是多少: ranked by
    /// 预算数, 其他资金 asked). Null ranks by <see cref="Field"/>.
    /// </summary>
    [Description("按金额排序时依据的字段，与所问的金额字段不同时才填（预算最高的项目其他资金是多少：按 budget 排序，field 为 other）/ the money field a money order ranks by, when not field")]
    public MoneyField? OrderField { get; init; }

    /// <summary>The order of the projects.</summary>
    [Description("排序 / order")]
    public ProjectSort Sort { get; init; }

    /// <summary>Only the first N projects in <see cref="Sort"/> order (aggregates are over them).</summary>
    [Description("只取前 N 个（合计等也只算这些）/ only the first N")]
    public int? Top { get; init; }

    /// <summary>Only the N-th project in <see cref="Sort"/> order (1-based; ties share a place).</summary>
    [Description("只取第 N 个 / only the N-th")]
    public int? Nth { get; init; }

    /// <summary>Group by department: the figure per department (各部门分别, 信息所和战略院对比); with max/min, the department whose total is.</summary>
    [Description("按部门分组：每个部门一个数；与 max/min 合用时取合计最大/最小的部门 / group by department")]
    public bool ByDepartment { get; init; }

    /// <summary>With <see cref="ByDepartment"/> and max/min: compare the departments' numbers of projects, not their money totals (项目最多的部门).</summary>
    [Description("按部门取最大/最小时比较项目个数而不是金额 / with ByDepartment and max/min, compare project counts")]
    public bool ByProjectCount { get; init; }

    /// <summary>The budget year; null means the latest year the corpus holds.</summary>
    [Description("预算年度，如 2025；不填为最新年度 / budget year")]
    public int? Year { get; init; }
}
