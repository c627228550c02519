using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Queries;

/// <summary>Compares an indicator's normalised target with a threshold range given in some unit.</summary>
public static class TargetComparison
{
    /// <summary>The unit a subject's threshold is in: the one given, else % for 满意度 (满意度不低于95 means 95%), else none.</summary>
    public static string? UnitFor(string subject, string? unit) =>
        unit ?? (IndicatorCategory.Find(subject)?.Name == "满意度指标" ? Units.Percent : null);

    /// <summary>
    /// True when <paramref name="target"/>'s threshold lies in <paramref name="range"/>. Percent thresholds compare with
    /// percent targets only; money with money (both in 万元, so 2000亿元 = 20000000万元); other units with targets in the
    /// same unit, or any unit when none is given. Deadlines and text never compare.
    /// </summary>
    public static bool Satisfies(IndicatorTarget target, NumberRange range, string? unit)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(range);
        if (target.Number is not { } number || target.Kind is TargetKind.Deadline || !InUnit(target, unit))
        {
            return false;
        }

        var canonical = Units.Canonical(unit);
        return Units.IsMoney(canonical) ? range.Scale(Units.WanPer(canonical)).Contains(target.AmountWan!.Value) : range.Contains(number);
    }

    /// <summary>
    /// True when <paramref name="target"/> is stated in <paramref name="unit"/>'s terms: a percentage for %, an amount
    /// of money (read in 万元) for a money unit, that unit or none for another, anything when no unit is given.
    /// </summary>
    public static bool InUnit(IndicatorTarget target, string? unit)
    {
        ArgumentNullException.ThrowIfNull(target);
        var canonical = Units.Canonical(unit);
        return canonical == Units.Percent ? target.Kind == TargetKind.Percent
            : Units.IsMoney(canonical) ? target is { Kind: TargetKind.Money, AmountWan: not null }
            : canonical is null || target.Unit == canonical || target.Unit is null;
    }
}
