using Assistant.Retrieval.Indexing;

namespace Assistant.Retrieval.Tests.Indexing;

public sealed class OrdinalSetTests
{
    private static OrdinalSet Of(int size, params int[] members)
    {
        var flags = new bool[size];
        foreach (var m in members)
        {
            flags[m] = true;
        }

        return new OrdinalSet(flags);
    }

    [Fact]
    public void Ascending_FlagsSet_MembersInCorpusOrder()
    {
        var set = Of(10, 7, 2, 5);

        Assert.Equal([2, 5, 7], set.Ascending);
        Assert.Equal([2, 5, 7], set);
        Assert.Equal(3, set.Count);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(4, false)]
    [InlineData(-1, false)]
    [InlineData(10, false)]
    public void Contains_Ordinal_WhetherFlagged(int ordinal, bool expected) => Assert.Equal(expected, Of(10, 2, 5).Contains(ordinal));

    [Fact]
    public void SetRelations_OtherSets_AsHashSetSays()
    {
        var set = Of(10, 2, 5);

        Assert.True(set.SetEquals([5, 2, 2]));
        Assert.False(set.SetEquals([2]));
        Assert.True(set.IsSubsetOf([1, 2, 5]));
        Assert.True(set.IsProperSubsetOf([1, 2, 5]));
        Assert.False(set.IsProperSubsetOf([2, 5]));
        Assert.True(set.IsSupersetOf([2]));
        Assert.True(set.IsProperSupersetOf([2]));
        Assert.False(set.IsSupersetOf([3]));
        Assert.True(set.Overlaps([9, 5]));
        Assert.False(set.Overlaps([9]));
    }
}
