using Assistant.Plugins.Queries;

namespace Assistant.Plugins.Tests.Queries;

public sealed class IndicatorCategoryTests
{
    [Theory]
    [InlineData("哪些项目的产出指标", "产出指标")]      // the words a pattern took from its earliest start
    [InlineData("其中产出", "产出指标")]                // the words before 指标一共多少条
    [InlineData("社会效益", "社会效益指标")]            // the longest: not the 效益指标 it also ends with
    [InlineData("哪个项目的", null)]
    [InlineData("绩效指标", null)]
    public void EndingOf_Text_IsTheLongestCategoryItEndsWith(string text, string? category)
    {
        Assert.Equal(category, IndicatorCategory.EndingOf(text)?.Name);
    }
}
