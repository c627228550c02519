using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Understanding;

/// <summary>A number the question states, with its comparator and unit, and where it stands in the question.</summary>
/// <param name="Comparator">The comparator read around it (null: none; a bare number).</param>
/// <param name="Value">The number, in <paramref name="Unit"/>.</param>
/// <param name="Upper">The upper end of a range (100到500), or null.</param>
/// <param name="Unit">Canonical unit: %, 万元, 亿元, 元, or a counting unit (人, 项…), or null.</param>
/// <param name="Start">Index of the first character in the normalised question (comparator included).</param>
/// <param name="End">Index after the last character.</param>
/// <param name="NotEqual">Read from 不等于/不是/不为/≠: any value but <paramref name="Value"/>.</param>
public sealed record Quantity(Comparator? Comparator, decimal Value, decimal? Upper, string? Unit, int Start, int End, bool NotEqual = false)
{
    /// <summary>
    /// The comparator, or for a bare number (预算200万的项目, 满意度98%的项目) equality: the value named is the value
    /// asked for. Reading it as "at least" would count 预算300万 and 满意度99% too, a wrong figure a clerk would copy.
    /// </summary>
    public Comparator Effective => Comparator ?? Retrieval.Normalisation.Comparator.Equal;

    /// <summary>True for 万元/亿元/元 amounts.</summary>
    public bool IsMoney => Units.IsMoney(Unit);

    /// <summary>The amount in 万元 (money units converted; a bare number is taken as 万元, the tables' unit).</summary>
    public decimal InWan(decimal value) => Units.ToWan(value, Unit);
}
