using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Tests.Indexing;

/// <summary><see cref="WholeRange"/>: a decimal range over whole values at a scale keeps exactly the values the decimal range keeps.</summary>
public sealed class WholeRangeTests
{
    public static TheoryData<decimal?, decimal?, bool, bool, decimal, long, bool> Cases => new()
    {
        // 超过1000万元, money at 1/10000 万元
        { 1000m, null, false, true, 10000m, 10000001, true },
        { 1000m, null, false, true, 10000m, 10000000, false },
        // 不低于 80.5万元
        { 80.5m, null, true, true, 10000m, 805000, true },
        { 80.5m, null, true, true, 10000m, 804999, false },
        // 不到7条, rows
        { null, 7m, true, false, 1m, 6, true },
        { null, 7m, true, false, 1m, 7, false },
        // 超过7.5条: at least 8
        { 7.5m, null, false, true, 1m, 8, true },
        { 7.5m, null, false, true, 1m, 7, false },
        // 5到10万元, both ends kept
        { 5m, 10m, true, true, 10000m, 100000, true },
        { 5m, 10m, true, true, 10000m, 100001, false },
        // A bound beyond a long at this scale: open above, nothing below
        { null, 1e25m, true, true, 10000m, long.MaxValue - 1, true },
        { 1e25m, null, true, true, 10000m, long.MaxValue - 1, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Contains_WholeValue_AsTheDecimalRange(decimal? min, decimal? max, bool minInclusive, bool maxInclusive, decimal scale, long value, bool expected)
    {
        var range = new NumericRange(min, max, minInclusive, maxInclusive);

        Assert.Equal(expected, WholeRange.Of(range, scale).Contains(value));
        if (value < long.MaxValue / 2)
        {
            Assert.Equal(expected, range.Contains(value / scale)); // the decimal range agrees
        }
    }

    [Fact]
    public void Of_Null_AllValues()
    {
        Assert.Equal(WholeRange.All, WholeRange.Of(null, 10000m));
        Assert.True(WholeRange.All.Contains(long.MinValue));
    }
}
