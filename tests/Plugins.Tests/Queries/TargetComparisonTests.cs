using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Tests.Queries;

public sealed class TargetComparisonTests
{
    [Theory]
    [InlineData("≥95%", "%", true)]
    [InlineData("≤2次", "%", false)]          // a 满意度 row's complaint count is not a percentage
    [InlineData("≥2000亿元", "万元", true)]    // money in any unit, read in 万元
    [InlineData("≥95%", "万元", false)]
    [InlineData("≥8500人", "人", true)]
    [InlineData("≥10场", "人", false)]
    [InlineData("≥10场", null, true)]         // no unit asked: anything
    public void InUnit_Target_IsInTheUnitsTerms(string value, string? unit, bool expected)
    {
        Assert.Equal(expected, TargetComparison.InUnit(TargetNormaliser.Normalise(value, 2025), unit));
    }

    [Theory]
    [InlineData("≥95%", 90.0, true)]
    [InlineData("≥85%", 90.0, false)]
    public void Satisfies_PercentThreshold_ComparesTheNumber(string value, double atLeast, bool expected)
    {
        var range = NumberRange.From(Assistant.Retrieval.Normalisation.Comparator.GreaterOrEqual, (decimal)atLeast);

        Assert.Equal(expected, TargetComparison.Satisfies(TargetNormaliser.Normalise(value, 2025), range, "%"));
    }
}
