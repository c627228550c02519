using System.ComponentModel;
using Assistant.Plugins.Validation;
using Assistant.Retrieval.Normalisation;
using Assistant.Retrieval.Indexing;

namespace Assistant.Plugins.Queries;

/// <summary>What a project must satisfy. Every condition given must hold.</summary>
public sealed record ProjectFilter
{
    /// <summary>The department's full name (see <see cref="DepartmentResolver"/> for short names).</summary>
    [Description("部门全称 / department, full name")]
    public string? Department { get; init; }

    /// <summary>预算数 range in 万元.</summary>
    [Description("金额范围（万元），比较 BudgetField / money range in 万元 on BudgetField")]
    public NumberRange? Budget { get; init; }

    /// <summary>An indicator subject (满意度, 专家库人数, 技术合同成交额, 成本指标, …): the project must have such a row.</summary>
    [Description("指标主题，如 满意度、专家库人数 / indicator subject")]
    public string? Subject { get; init; }

    /// <summary>The subject's target must lie in this range (needs <see cref="Subject"/>).</summary>
    [Description("该指标目标值的范围，百分比写 95 / range on the subject's target value")]
    public NumberRange? Threshold { get; init; }

    /// <summary>The unit of <see cref="Threshold"/>: <c>%</c>, <c>万元</c>, <c>亿元</c>, <c>人</c>, … (null: the row's own unit).</summary>
    [Description("目标值单位：%、万元、亿元、项、人次… / unit of Threshold")]
    public string? ThresholdUnit { get; init; }

    /// <summary>A deadline row must fall in this date range.</summary>
    [Description("完成时限范围 / deadline range")]
    public DateRange? Deadline { get; init; }

    /// <summary>An indicator category the project must have, e.g. 经济效益指标.</summary>
    [Description("必须设有的指标类别，如 经济效益指标 / category that must be present")]
    public string? HasCategory { get; init; }

    /// <summary>An indicator category the project must lack, e.g. 质量指标.</summary>
    [Description("必须缺少的指标类别，如 质量指标 / category that must be absent")]
    public string? LacksCategory { get; init; }

    /// <summary>Free-text topic (人工智能, 天开园, …).</summary>
    [Description("主题关键词（相关性检索）/ free-text topic")]
    public string? Topic { get; init; }

    /// <summary>Only these projects (by name) are considered: a follow-up question refining a previous answer.</summary>
    [Description("只在这些项目中（上一轮结果）/ only among these project names")]
    public IReadOnlySet<string>? Within { get; init; }

    /// <summary>Any of these departments (full names): 战略院或健研院.</summary>
    [Description("任一部门（或）/ any of these departments")]
    public IReadOnlyList<string>? Departments { get; init; }

    /// <summary>None of these departments (full names): 资源配置处以外, 不是信息所.</summary>
    [Description("排除这些部门 / none of these departments")]
    public IReadOnlyList<string>? ExceptDepartments { get; init; }

    /// <summary>The money field <see cref="Budget"/> compares (预算数 unless the question names 财政资金 or 其他资金).</summary>
    [Description("Budget 比较的金额字段 / money field Budget compares")]
    public MoneyField BudgetField { get; init; } = MoneyField.Budget;

    /// <summary>The project name contains this text, exactly (名称含“重大专项”).</summary>
    [Description("项目名称包含的文字（精确）/ text the name contains")]
    public string? NameContains { get; init; }

    /// <summary>The project name does not contain this text (名称里不带“专项”, 除了名称含“评审”的).</summary>
    [Description("项目名称不含的文字（精确）/ text the name must not contain")]
    public string? NameLacks { get; init; }

    /// <summary>The project name starts with this text.</summary>
    [Description("项目名称开头 / name prefix")]
    public string? NameStartsWith { get; init; }

    /// <summary>The project name ends with this text (以“验收”结尾).</summary>
    [Description("项目名称结尾 / name suffix")]
    public string? NameEndsWith { get; init; }

    /// <summary>The 绩效目标 text contains this text, exactly.</summary>
    [Description("绩效目标包含的文字 / text the goals contain")]
    public string? GoalsContain { get; init; }

    /// <summary>The 资金用途 text contains this text, exactly.</summary>
    [Description("资金用途包含的文字 / text the fund usage contains")]
    public string? UsageContains { get; init; }

    /// <summary>Any part of the table contains this text, exactly: name, usage, goals, any indicator row.</summary>
    [Description("表中任意位置包含的文字 / text anywhere in the table")]
    public string? TextContains { get; init; }

    /// <summary>The number of indicator rows lies in this range (正好有8条, 超过8条).</summary>
    [Description("指标条数范围 / range on the number of indicator rows")]
    public NumberRange? RowCount { get; init; }

    /// <summary>Every one of these categories is present (既有经济效益指标又有社会效益指标).</summary>
    [Description("必须同时设有的指标类别 / categories that must all be present")]
    public IReadOnlyList<string>? HasCategories { get; init; }

    /// <summary>None of these categories is present (既没有经济效益指标也没有可持续影响指标).</summary>
    [Description("都不能设有的指标类别 / categories that must all be absent")]
    public IReadOnlyList<string>? LacksCategories { get; init; }

    /// <summary>With <see cref="HasCategory"/>: how many rows of it (两条成本指标 = exactly 2).</summary>
    [Description("HasCategory 类别的条数范围 / range on the rows of HasCategory")]
    public NumberRange? CategoryRows { get; init; }

    /// <summary>Leave out these projects (去掉网络安全那个).</summary>
    [Description("去掉这些项目 / leave out these project names")]
    public IReadOnlySet<string>? Except { get; init; }

    /// <summary>
    /// The money field compared with the average of the projects meeting the other conditions (信息所哪些项目的预算比
    /// 信息所的平均预算高: &gt; the average of 信息所's projects).
    /// </summary>
    [Description("与满足其他条件的项目的平均金额比较：> 高于平均，< 低于平均 / compare the money field with the average of the others")]
    public Comparator? VersusAverage { get; init; }

    /// <summary>At least one of these filters holds, besides every other condition (满意度不低于95%或者预算超过1000万).</summary>
    [Description("满足其中任意一组条件即可（或）/ at least one of these filters holds")]
    public IReadOnlyList<ProjectFilter>? AnyOf { get; init; }

    /// <summary>A row of a category written in a given way (a project matches when one of its rows does).</summary>
    [Description("某类指标的写法 / how a row of a category is written")]
    public RowForm? Rows { get; init; }

    /// <summary>The table has a finding of this review rule (R04 成本超预算, R09 三级指标重复 …).</summary>
    [Description("表格触发了这条审核规则，如 R04、R09 / the table fails this review rule")]
    public string? FailsRule { get; init; }

    /// <summary>With <see cref="FailsRule"/>: only findings of this severity count (成本超预算 is R04's error, not its notes).</summary>
    [Description("只算这一级别的审核发现：error、warning、info / only findings of this severity")]
    public Severity? FailsRuleSeverity { get; init; }
}
