using System.Globalization;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>A range of numbers whose ends may be open, inclusive or exclusive.</summary>
public sealed record NumberRange(decimal? Min = null, decimal? Max = null, bool MinInclusive = true, bool MaxInclusive = true)
{
    /// <summary>The range a comparator and value describe: <c>≥95</c>, <c>&gt;1000</c>, <c>=100</c>.</summary>
    public static NumberRange From(Comparator comparator, decimal value) => comparator switch
    {
        Comparator.GreaterOrEqual => new(value, null),
        Comparator.Greater => new(value, null, MinInclusive: false),
        Comparator.LessOrEqual or Comparator.Before => new(null, value),
        Comparator.Less => new(null, value, MaxInclusive: false),
        _ => new(value, value),
    };

    /// <summary>True when <paramref name="value"/> lies in the range.</summary>
    public bool Contains(decimal value) =>
        (Min is not { } min || (MinInclusive ? value >= min : value > min)) &&
        (Max is not { } max || (MaxInclusive ? value <= max : value < max));

    /// <summary>The range scaled by <paramref name="factor"/> (unit conversion).</summary>
    public NumberRange Scale(decimal factor) => this with { Min = Min * factor, Max = Max * factor };

    /// <summary>Describes the range in the tables' notation, e.g. <c>≥95%</c> or <c>100–500万元</c>.</summary>
    public string Describe(string? unit)
    {
        var u = unit ?? string.Empty;
        string F(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture) + u;
        return (Min, Max) switch
        {
            ({ } min, { } max) when min == max => "=" + F(min),
            ({ } min, { } max) when MinInclusive && MaxInclusive => $"{F(min)}–{F(max)}",
            ({ } min, { } max) => (MinInclusive ? "≥" : ">") + F(min) + "且" + (MaxInclusive ? "≤" : "<") + F(max),
            ({ } min, null) => (MinInclusive ? "≥" : ">") + F(min),
            (null, { } max) => (MaxInclusive ? "≤" : "<") + F(max),
            _ => "任意",
        };
    }
}
