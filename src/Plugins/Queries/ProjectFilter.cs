using Assistant.Retrieval.Indexing;

namespace Assistant.Plugins.Queries;

/// <summary>What a project must satisfy. Every condition given must hold.</summary>
public sealed record ProjectFilter
{
    /// <summary>The department's full name (see <see cref="DepartmentResolver"/> for short names).</summary>
    public string? Department { get; init; }

    /// <summary>预算数 range in 万元.</summary>
    public NumberRange? Budget { get; init; }

    /// <summary>An indicator subject (满意度, 专家库人数, 技术合同成交额, 成本指标, …): the project must have such a row.</summary>
    public string? Subject { get; init; }

    /// <summary>The subject's target must lie in this range (needs <see cref="Subject"/>).</summary>
    public NumberRange? Threshold { get; init; }

    /// <summary>The unit of <see cref="Threshold"/>: <c>%</c>, <c>万元</c>, <c>亿元</c>, <c>人</c>, … (null: the row's own unit).</summary>
    public string? ThresholdUnit { get; init; }

    /// <summary>A deadline row must fall in this date range.</summary>
    public DateRange? Deadline { get; init; }

    /// <summary>An indicator category the project must have, e.g. 经济效益指标.</summary>
    public string? HasCategory { get; init; }

    /// <summary>An indicator category the project must lack, e.g. 质量指标.</summary>
    public string? LacksCategory { get; init; }

    /// <summary>Free-text topic (人工智能, 天开园, …).</summary>
    public string? Topic { get; init; }

    /// <summary>Only these projects (by name) are considered: a follow-up question refining a previous answer.</summary>
    public IReadOnlySet<string>? Within { get; init; }
}
