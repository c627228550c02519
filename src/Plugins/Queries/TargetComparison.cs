using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>Compares an indicator's normalised target with a threshold range given in some unit.</summary>
public static class TargetComparison
{
    /// <summary>
    /// True when <paramref name="target"/>'s threshold lies in <paramref name="range"/>. Percent thresholds compare with
    /// percent targets only; money with money (both in 万元, so 2000亿元 = 20000000万元); other units with targets in the
    /// same unit, or any unit when none is given. Deadlines and text never compare.
    /// </summary>
    public static bool Satisfies(IndicatorTarget target, NumberRange range, string? unit)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(range);
        if (target.Number is not { } number || target.Kind is TargetKind.Deadline)
        {
            return false;
        }

        switch (CanonicalUnit(unit))
        {
            case "%":
                return target.Kind == TargetKind.Percent && range.Contains(number);
            case "万元" or "亿元" or "元":
                return target.Kind == TargetKind.Money && target.AmountWan is { } wan && range.Scale(WanPer(CanonicalUnit(unit)!)).Contains(wan);
            case null:
                return range.Contains(number);
            case var other:
                return (target.Unit == other || target.Unit is null) && range.Contains(number);
        }
    }

    /// <summary>The normalised spelling of a unit a person typed: 百分比 → %, 万 → 万元, 亿 → 亿元, 个月 → 月.</summary>
    public static string? CanonicalUnit(string? unit) => unit?.Trim() switch
    {
        null or "" => null,
        "%" or "％" or "百分比" or "百分之" => "%",
        "万" or "万元" => "万元",
        "亿" or "亿元" => "亿元",
        "元" => "元",
        "个月" => "月",
        var u => u,
    };

    private static decimal WanPer(string unit) => unit switch
    {
        "亿元" => 10000m,
        "元" => 0.0001m,
        _ => 1m,
    };
}
