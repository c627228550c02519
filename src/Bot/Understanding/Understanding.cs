using Assistant.Plugins.Queries;

namespace Assistant.Bot.Understanding;

/// <summary>What the offline understanding read from a question.</summary>
public sealed record Understanding
{
    /// <summary>The <see cref="Ordinal"/> of 最后一个: the last project the previous answer showed.</summary>
    public const int LastOrdinal = int.MaxValue;

    /// <summary>What the question asks for.</summary>
    public Intent Intent { get; init; }

    /// <summary>The department's full name.</summary>
    public string? Department { get; init; }

    /// <summary>The budget year the question names (2025年…), when the corpus holds it; null: the latest held.</summary>
    public int? Year { get; init; }

    /// <summary>A change to the last draft the question asks for (把满意度改成95%), applied when the conversation has one.</summary>
    public Assistant.Plugins.Drafting.DraftEdit? DraftEdit { get; init; }

    /// <summary>Every year held (近两年, 历年, 两年的…对比): norms over all of them, figures year by year.</summary>
    public bool AllYears { get; init; }

    /// <summary>A condition on 预算数 (value in 万元).</summary>
    public Quantity? Budget { get; init; }

    /// <summary>The indicator subject (满意度, 专家库人数, …).</summary>
    public string? Subject { get; init; }

    /// <summary>A threshold on the subject's target.</summary>
    public Quantity? Threshold { get; init; }

    /// <summary>A deadline condition.</summary>
    public DateCondition? Deadline { get; init; }

    /// <summary>A category the projects must have.</summary>
    public string? HasCategory { get; init; }

    /// <summary>A category the projects must lack.</summary>
    public string? LacksCategory { get; init; }

    /// <summary>A free-text topic.</summary>
    public string? Topic { get; init; }

    /// <summary>The project a lookup or validation names.</summary>
    public string? Project { get; init; }

    /// <summary>A review rule the question asks about (R04 for 成本超预算).</summary>
    public string? Rule { get; init; }

    /// <summary>The order asked for.</summary>
    public ProjectSort Sort { get; init; }

    /// <summary>How many projects to show (前五, 最高的3个).</summary>
    public int? Top { get; init; }

    /// <summary>第N个: the N-th project of the previous answer (1-based).</summary>
    public int? Ordinal { get; init; }

    /// <summary>The new project's name, for drafting.</summary>
    public string? DraftName { get; init; }

    /// <summary>The new project's budget in 万元, for drafting.</summary>
    public decimal? DraftBudget { get; init; }

    /// <summary>The new project's budget year when the request names one (2027年度, 预算年度2027年), for drafting.</summary>
    public int? DraftYear { get; init; }

    /// <summary>What the new project does, for drafting.</summary>
    public string? DraftDescription { get; init; }

    /// <summary>A pasted table to validate.</summary>
    public string? PastedTable { get; init; }

    /// <summary>Only these projects (the previous answer's), when refining it.</summary>
    public IReadOnlyList<string>? Within { get; init; }

    /// <summary>True when the question refines the previous answer (其中…, …呢, 按预算排序, 第二个).</summary>
    public bool IsFollowUp { get; init; }

    /// <summary>
    /// True for a follow-up that gives only a target (≥98%的呢, 那90%呢): <see cref="Threshold"/> is compared with the
    /// previous question's indicator, and without one the question is unclear.
    /// </summary>
    public bool ThresholdAlone { get; init; }

    /// <summary>
    /// The typed conditions the slot readers above do not hold (several or excluded departments, the money field,
    /// exact name and text, row counts, categories together or counted, projects left out), as the query plugin takes them.
    /// </summary>
    public ProjectFilter Conditions { get; init; } = new();

    /// <summary>What is asked when it is a figure other than a count or a sum: average, max, min, rows.</summary>
    public QueryAsk? Ask { get; init; }

    /// <summary>With a row count asked: the category whose rows are counted (产出指标一共多少条), null for every row.</summary>
    public string? RowsOf { get; init; }

    /// <summary>The money field a sum, average, maximum or minimum is over (预算数 unless the question names another).</summary>
    public MoneyField Field { get; init; }

    /// <summary>True when the question asks which projects (哪些, 哪个, 列出): a follow-up saying so lists, whatever was counted before.</summary>
    public bool AsksWhich { get; init; }

    /// <summary>The money field a money order ranks by when it is not <see cref="Field"/> (预算最高的项目其他资金是多少).</summary>
    public MoneyField? OrderField { get; init; }

    /// <summary>
    /// How the projects of <see cref="Within"/> were said when they are not the previous answer's (预算最高的5个项目 in
    /// 预算最高的5个项目中有几个是资源配置处的).
    /// </summary>
    public string? WithinSaid { get; init; }

    /// <summary>The figure per department (各部门分别, 对比), or with max/min the department whose total is.</summary>
    public bool ByDepartment { get; init; }

    /// <summary>With <see cref="ByDepartment"/>: compare project counts (项目最多的部门), not money totals.</summary>
    public bool ByProjectCount { get; init; }

    /// <summary>The words naming the set an average is over (比「信息所」的平均高), checked against the other conditions.</summary>
    public string? AverageOf { get; init; }

    /// <summary>The N-th project in the ordering (排第三, 第五大, 倒数第二), as opposed to <see cref="Ordinal"/>, a pick from the last answer.</summary>
    public int? Nth { get; init; }

    /// <summary>True when the question points at the previous answer (这些, 它们, 上面那些, 剩下的, 它).</summary>
    public bool RefersBack { get; init; }

    /// <summary>True when the question asks how many departments (一共有几个部门, 预算超过1000万的项目分布在几个部门).</summary>
    public bool CountsDepartments { get; init; }

    /// <summary>A review asking for one severity only: 有错误, 审核不通过 (errors; warnings do not fail a table).</summary>
    public Assistant.Plugins.Validation.Severity? ReviewSeverity { get; init; }

    /// <summary>True when the back-reference is to one project (它的, 这个项目, 该项目), not several (这些, 它们).</summary>
    public bool RefersToOne { get; init; }

    /// <summary>Project-name text to leave out of the previous answer (去掉网络安全那个).</summary>
    public string? Drop { get; init; }

    /// <summary>True when the question says it is about every table (所有项目, 全部, 科技局, 本局).</summary>
    public bool SaysAll { get; init; }

    /// <summary>True when the question asks about what is left (剩下的, 剩余的): known only after a <see cref="Drop"/>.</summary>
    public bool Remainder { get; init; }

    /// <summary>True when this reading is what a <see cref="Drop"/> left of the answer before it.</summary>
    public bool LeftAfterDrop { get; init; }

    /// <summary>The glossary terms a concept question asks about.</summary>
    public IReadOnlyList<string> Concepts { get; init; } = [];

    /// <summary>Misspellings read as domain words (「积效」→「绩效」), shown in the reading line.</summary>
    public IReadOnlyList<string> Corrections { get; init; } = [];

    /// <summary>The parts of the question no reader understood (quoted back to the user); empty when read completely.</summary>
    public IReadOnlyList<string> Unread { get; init; } = [];

    /// <summary>Why the question cannot be answered as read (a year not held, data target tables do not hold), or null.</summary>
    public string? NotAnswerable { get; init; }

    /// <summary>True when any project condition was read.</summary>
    public bool HasConditions =>
        Department is not null || Budget is not null || Subject is not null || Deadline is not null ||
        HasCategory is not null || LacksCategory is not null || Topic is not null || Rule is not null || Conditions != new ProjectFilter();
}
