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
        if (target.Number is not { } number || target.Kind is TargetKind.Deadline)
        {
            return false;
        }

        var canonical = Units.Canonical(unit);
        if (canonical == Units.Percent)
        {
            return target.Kind == TargetKind.Percent && range.Contains(number);
        }

        if (Units.IsMoney(canonical))
        {
            return target.Kind == TargetKind.Money && target.AmountWan is { } wan && range.Scale(Units.WanPer(canonical)).Contains(wan);
        }

        return canonical is null ? range.Contains(number) : (target.Unit == canonical || target.Unit is null) && range.Contains(number);
    }
}
