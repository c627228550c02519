using System.ComponentModel;

namespace Assistant.Plugins.Drafting;

/// <summary>
/// One change to a draft, as a clerk asks for it in chat: set a row's value (把满意度改成95%), remove a row (删掉第3行),
/// add a row (加一个培训人次指标，≥300人次), change the budget (预算改成80万), name the department (部门是信息所), or
/// nothing but a review (检查一下这个草稿).
/// </summary>
public sealed record DraftEdit
{
    /// <summary>set, remove, add, budget, department or review.</summary>
    [Description("set 改值、remove 删行、add 加行、budget 改预算、department 填部门、review 不改只检查 / what to change")]
    public string Action { get; init; } = "set";

    /// <summary>The row by its number in the draft (1-based), when the clerk named one.</summary>
    [Description("第几行（从1开始）/ row number, 1-based")]
    public int? Row { get; init; }

    /// <summary>The rows by their 三级指标 or category (满意度, 成本 …), when no number was named; for add, the new 三级指标.</summary>
    [Description("三级指标或类别，如 满意度；加行时为新的三级指标 / the row's 三级指标 or category; for add, the new one")]
    public string? Indicator { get; init; }

    /// <summary>The new value (≥95%, ≥300人次) for set and add.</summary>
    [Description("新的指标值，如 ≥95%、≥300人次 / the new target value")]
    public string? Value { get; init; }

    /// <summary>The department, full or short name (信息所), for department.</summary>
    [Description("部门全称或简称，如 信息所 / the department, full or short name")]
    public string? Department { get; init; }

    /// <summary>The new budget in 万元, for budget.</summary>
    [Description("新的预算数，万元 / the new budget in 万元")]
    public decimal? Budget { get; init; }
}
