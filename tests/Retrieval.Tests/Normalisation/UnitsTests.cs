using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Tests.Normalisation;

public sealed class UnitsTests
{
    [Theory]
    [InlineData("百分比", "%")]
    [InlineData("百分之", "%")]
    [InlineData("％", "%")]
    [InlineData("成", "%")]
    [InlineData("万", "万元")]
    [InlineData("个亿", "亿元")]
    [InlineData("块", "元")]
    [InlineData("个月", "月")]
    [InlineData("日", "天")]
    [InlineData("人次", "人次")] // a counting unit stays as written
    [InlineData(" ", null)]
    public void Canonical_Spelling_GivesTheOneSpelling(string spelling, string? expected)
    {
        Assert.Equal(expected, Units.Canonical(spelling));
    }

    [Theory]
    [InlineData("万元", true)]
    [InlineData("亿元", true)]
    [InlineData("元", true)]
    [InlineData("人", false)]
    [InlineData(null, false)]
    public void IsMoney_Unit_KnowsMoney(string? unit, bool expected)
    {
        Assert.Equal(expected, Units.IsMoney(unit));
    }

    [Theory]
    [InlineData(2000, "亿元", 20000000)]
    [InlineData(50000, "元", 5)]
    [InlineData(80, "万元", 80)]
    [InlineData(80, null, 80)] // a bare number is taken as 万元, the tables' unit
    public void ToWan_Amount_ConvertsToTheTablesUnit(decimal value, string? unit, decimal expected)
    {
        Assert.Equal(expected, Units.ToWan(value, unit));
    }

    [Theory]
    [InlineData("小时", true)]
    [InlineData("工作日", true)]
    [InlineData("项", false)]
    public void IsTime_Unit_KnowsDurations(string unit, bool expected)
    {
        Assert.Equal(expected, Units.IsTime(unit));
    }
}
