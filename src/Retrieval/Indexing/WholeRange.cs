namespace Assistant.Retrieval.Indexing;

/// <summary>
/// A <see cref="NumericRange"/> over values kept as whole numbers of 1/<c>scale</c> (money in 1/10000 万元, a row count
/// in rows): both ends inclusive, so a column is compared with two long comparisons and no decimal arithmetic. Exact:
/// a whole value lies in this range exactly when its decimal lies in the original.
/// </summary>
internal readonly record struct WholeRange(long Min, long Max)
{
    /// <summary>Every value.</summary>
    public static readonly WholeRange All = new(long.MinValue, long.MaxValue);

    /// <summary>The whole values of <paramref name="range"/> at <paramref name="scale"/>; <see cref="All"/> when null.</summary>
    public static WholeRange Of(NumericRange? range, decimal scale)
    {
        if (range is null)
        {
            return All;
        }

        // 不到7条 is at most 6, 超过7.5 is at least 8: an excluded end moves to the next whole value inside.
        var min = range.Min is { } lo ? Whole(lo, scale, v => range.MinInclusive ? Math.Ceiling(v) : Math.Floor(v) + 1) : long.MinValue;
        var max = range.Max is { } hi ? Whole(hi, scale, v => range.MaxInclusive ? Math.Floor(v) : Math.Ceiling(v) - 1) : long.MaxValue;
        return new WholeRange(min, max);
    }

    /// <summary>True when <paramref name="value"/> lies in the range.</summary>
    public bool Contains(long value) => value >= Min && value <= Max;

    // A bound beyond what a long holds at this scale is clamped to the long's end: no column value lies out there.
    private static long Whole(decimal bound, decimal scale, Func<decimal, decimal> round)
    {
        var limit = long.MaxValue / scale / 2;
        return bound >= limit ? long.MaxValue : bound <= -limit ? long.MinValue : (long)round(bound * scale);
    }
}
