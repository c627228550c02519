using Assistant.Plugins.Queries;

namespace Assistant.Plugins.Tests.Queries;

public sealed class NumberRangeTests
{
    [Theory]
    [InlineData(90, 99, true, true, "90%–99%")]
    [InlineData(90, 99, false, false, ">90%且<99%")]   // 高于90%但低于99%: it read as 90%–99%, ends included
    [InlineData(90, 95, true, false, "≥90%且<95%")]
    [InlineData(95, 95, true, true, "=95%")]
    public void Describe_Ends_SayWhetherTheyAreIncluded(double min, double max, bool minInclusive, bool maxInclusive, string expected)
    {
        var range = new NumberRange((decimal)min, (decimal)max, minInclusive, maxInclusive);

        Assert.Equal(expected, range.Describe("%"));
    }

    [Theory]
    [InlineData(90, false)]
    [InlineData(95, true)]
    [InlineData(99, false)]
    public void Contains_OpenEnds_LeaveTheEndsOut(double value, bool expected)
    {
        Assert.Equal(expected, new NumberRange(90m, 99m, MinInclusive: false, MaxInclusive: false).Contains((decimal)value));
    }
}
