using Assistant.Plugins.Queries;

namespace Assistant.Plugins.Tests.Queries;

/// <summary><see cref="WholeOrder"/> against LINQ's stable orders over random columns with many ties.</summary>
public sealed class WholeOrderTests
{
    public static TheoryData<int, int, bool, int> Cases => new()
    {
        { 1, 1000, true, 3 },     // 预算最高的3个
        { 2, 1000, false, 1 },
        { 3, 5000, true, 100 },   // a page
        { 4, 5000, false, 129 },  // just past inserting: one sort
        { 5, 300, true, 1000 },   // more than there are
        { 6, 0, true, 5 },        // nothing
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Take_RandomKeysWithTies_SameAsStableSort(int seed, int count, bool descending, int limit)
    {
        var (ordinals, keys) = Column(seed, count);
        var ordered = descending ? ordinals.OrderByDescending(o => keys[o]) : ordinals.OrderBy(o => keys[o]);

        Assert.Equal(ordered.Take(limit), WholeOrder.Take(ordinals, keys, descending, limit));
    }

    [Theory]
    [InlineData(1, 1000, true, 3)]
    [InlineData(2, 1000, false, 1)]
    [InlineData(3, 5000, true, 200)] // past inserting: distinct keys sorted
    [InlineData(4, 50, true, 60)]    // fewer distinct keys than asked: nothing
    [InlineData(5, 10, true, 0)]
    public void Nth_RandomKeysWithTies_HoldersOfTheNthDistinctKey(int seed, int count, bool descending, int nth)
    {
        var (ordinals, keys) = Column(seed, count);
        var distinct = (descending ? ordinals.Select(o => keys[o]).Distinct().OrderDescending() : ordinals.Select(o => keys[o]).Distinct().Order()).ToList();
        var expected = nth >= 1 && nth <= distinct.Count ? ordinals.Where(o => keys[o] == distinct[nth - 1]) : [];

        Assert.Equal(expected, WholeOrder.Nth(ordinals, keys, descending, nth));
    }

    [Theory]
    [InlineData(1, 1000, true)]
    [InlineData(2, 1000, false)]
    [InlineData(3, 0, true)]
    public void Extreme_RandomKeys_EveryHolderInCorpusOrder(int seed, int count, bool largest)
    {
        var (ordinals, keys) = Column(seed, count);
        var expected = count == 0 ? [] : ordinals.Where(o => keys[o] == (largest ? ordinals.Max(x => keys[x]) : ordinals.Min(x => keys[x])));

        Assert.Equal(expected, WholeOrder.Extreme(ordinals, keys, largest));
    }

    // Every other table of a corpus, with keys drawn from a few values so that ties are common.
    private static (int[] Ordinals, long[] Keys) Column(int seed, int count)
    {
        var random = new Random(seed);
        var keys = Enumerable.Range(0, count * 2).Select(_ => (long)random.Next(-20, 200) * 100).ToArray();
        return (Enumerable.Range(0, count).Select(i => i * 2).ToArray(), keys);
    }
}
