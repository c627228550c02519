using System.Text.Json.Serialization;

namespace Assistant.Retrieval.Normalisation;

/// <summary>An indicator's raw value (指标值) read as a typed target.</summary>
/// <param name="Kind">What the value measures.</param>
/// <param name="Comparator">How the number or date is bounded; null for text.</param>
/// <param name="Number">The number as written, in <paramref name="Unit"/> (万 multipliers of non-money units applied).</param>
/// <param name="Unit">Canonical unit: <c>%</c>, <c>万元</c>, <c>亿元</c>, <c>元</c>, <c>月</c>, <c>天</c>, <c>项</c>, …</param>
/// <param name="Date">For deadlines, the last day the wording allows.</param>
/// <param name="Precision">For deadlines, how precisely the date was written.</param>
/// <param name="Per">The denominator of a rate (<c>人</c> in <c>万元/人</c>, <c>天</c> in <c>小时/天</c>), else null.</param>
/// <param name="AmountWan">For money, the amount in 万元 (so <c>2000亿元</c> is 20000000).</param>
/// <param name="Note">A parenthesised remark after the value, e.g. <c>备注：…</c>.</param>
public sealed record IndicatorTarget(
    TargetKind Kind,
    Comparator? Comparator = null,
    decimal? Number = null,
    string? Unit = null,
    DateOnly? Date = null,
    DatePrecision? Precision = null,
    string? Per = null,
    decimal? AmountWan = null,
    string? Note = null)
{
    /// <summary>A qualitative value.</summary>
    public static IndicatorTarget Text { get; } = new(TargetKind.Text);

    /// <summary>A value that looks quantitative but could not be read.</summary>
    public static IndicatorTarget Unreadable { get; } = new(TargetKind.Unreadable);

    /// <summary>True when the value carries a number or a date that code can compare.</summary>
    [JsonIgnore]
    public bool IsQuantified => Kind is not (TargetKind.Text or TargetKind.Unreadable);
}
