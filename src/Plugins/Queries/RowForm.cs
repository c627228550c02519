using System.ComponentModel;
using System.Text.RegularExpressions;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>
/// How a table writes a row of a category: a project matches when one of its rows of <see cref="Category"/> meets
/// every given test (经济效益指标 written as money, 满意度 written with the word 百分比, 成本指标 not written with ≤,
/// 时效指标 a deadline without a year, 满意度 written exactly ≥85%).
/// </summary>
public sealed partial record RowForm
{
    /// <summary>The 一级 or 二级 category of the row, e.g. 成本指标.</summary>
    [Description("指标类别，如 成本指标、满意度指标 / category of the row")]
    public string? Category { get; init; }

    /// <summary>The kind the value reads as (percent, money, deadline …).</summary>
    [Description("指标值类型 / the kind the value reads as")]
    public TargetKind? Kind { get; init; }

    /// <summary>The raw value contains this text (百分比, ≤).</summary>
    [Description("指标值原文包含 / the raw value contains")]
    public string? Written { get; init; }

    /// <summary>The raw value does not contain this text (not written with ≤).</summary>
    [Description("指标值原文不含 / the raw value lacks")]
    public string? NotWritten { get; init; }

    /// <summary>The row's 三级指标 contains this text (时效指标写成“及时率”: the name, when no value writes it).</summary>
    [Description("三级指标名称包含 / the row's 三级指标 contains")]
    public string? Named { get; init; }

    /// <summary>The raw value is exactly this (width-folded, spaces ignored): ≥85%.</summary>
    [Description("指标值原文恰为 / the raw value is exactly")]
    public string? Exactly { get; init; }

    /// <summary>The unit the value is counted in (人次, 场, 万元), as <see cref="Units.Canonical"/> spells it.</summary>
    [Description("指标值的计量单位，如 人次、场、项、万元 / the unit the target value is counted in")]
    public string? Unit { get; init; }

    /// <summary>A deadline written without a year (12月31日前).</summary>
    [Description("期限没写年份 / a deadline written without a year")]
    public bool YearMissing { get; init; }

    /// <summary>True when <paramref name="indicator"/> is a row of the category written this way.</summary>
    public bool Matches(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var raw = Folded(indicator.Value);
        var category = Category is { } name ? IndicatorCategory.Find(name) ?? throw new ArgumentException($"unknown indicator category 「{name}」") : null;
        return (category is null || category.Contains(indicator)) &&
               (Kind is not { } kind || indicator.Target.Kind == kind) &&
               (Written is not { } written || raw.Contains(Folded(written), StringComparison.Ordinal)) &&
               (NotWritten is not { } lacking || !raw.Contains(Folded(lacking), StringComparison.Ordinal)) &&
               (Exactly is not { } exactly || raw == Folded(exactly)) &&
               (Named is not { } named || Folded(indicator.Level3).Contains(Folded(named), StringComparison.Ordinal)) &&
               (Unit is not { } unit || indicator.Target.Unit == Units.Canonical(WidthFolder.Fold(unit))) &&
               (!YearMissing || (indicator.Target.Kind == TargetKind.Deadline && !YearRegex().IsMatch(raw)));
    }

    private static string Folded(string text) => WidthFolder.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex YearRegex();
}
