using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Comparison;

/// <summary>
/// How one target moved from one year to the next, defined once for the comparison answer and the review rule on
/// weaker targets: numbers in the same unit (money in 万元 whatever its unit), deadlines compared a year on.
/// </summary>
public static partial class TargetChange
{
    /// <summary>
    /// The key two years' rows are paired by: the 三级指标 with its years blanked, since a row is often named after the
    /// year it is for (2025年内支付资金 is the same row as 2026年内支付资金).
    /// </summary>
    public static string RowKey(string level3)
    {
        ArgumentNullException.ThrowIfNull(level3);
        return YearRegex().Replace(level3.Trim(), "某");
    }

    /// <summary>
    /// The rows of two years of one project that are the same row, paired by <see cref="RowKey"/> in this year's order
    /// (a repeated 三级指标 pairs with the next of the same key).
    /// </summary>
    public static IReadOnlyList<(Indicator Then, Indicator Now)> Pairs(Project previous, Project current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = previous.Indicators.GroupBy(i => RowKey(i.Level3)).ToDictionary(g => g.Key, g => new Queue<Indicator>(g));
        var pairs = new List<(Indicator, Indicator)>();
        foreach (var now in current.Indicators)
        {
            if (before.TryGetValue(RowKey(now.Level3), out var queue) && queue.Count > 0)
            {
                pairs.Add((queue.Dequeue(), now));
            }
        }

        return pairs;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial System.Text.RegularExpressions.Regex YearRegex();

    /// <summary>+1 when the number (or the deadline) went up (later), −1 down (earlier), 0 the same; null when not comparable.</summary>
    public static int? Direction(IndicatorTarget then, IndicatorTarget now)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        if (then.Kind == TargetKind.Deadline && now.Kind == TargetKind.Deadline && then.Date is { } a && now.Date is { } b)
        {
            // A deadline in a later budget year is the same deadline a year on.
            return a.AddYears(b.Year - a.Year).CompareTo(b) switch { < 0 => 1, > 0 => -1, _ => 0 };
        }

        if (then.Kind == TargetKind.Money && now.Kind == TargetKind.Money && then.AmountWan is { } wx && now.AmountWan is { } wy)
        {
            return Math.Sign(wy - wx);
        }

        return then.Kind == now.Kind && then.Unit == now.Unit && then.Kind != TargetKind.Deadline && then.Number is { } x && now.Number is { } y
            ? Math.Sign(y - x)
            : null;
    }

    /// <summary>
    /// True when <paramref name="now"/> asks less than <paramref name="then"/>: a lower ≥ threshold or smaller quantity,
    /// a higher ≤ ceiling, a later deadline.
    /// </summary>
    public static bool IsWeaker(IndicatorTarget then, IndicatorTarget now)
    {
        ArgumentNullException.ThrowIfNull(now);
        var direction = Direction(then, now);
        if (direction is null or 0)
        {
            return false;
        }

        return now.Kind == TargetKind.Deadline || now.Comparator is Comparator.LessOrEqual or Comparator.Less or Comparator.Before
            ? direction > 0
            : direction < 0;
    }
}
