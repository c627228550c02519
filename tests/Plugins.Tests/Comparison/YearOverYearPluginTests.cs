using Assistant.Plugins.Comparison;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Tests.Comparison;

public sealed class YearOverYearPluginTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Theory]
    [InlineData("≥95%", "≥98%", "提高")]
    [InlineData("≥95%", "≥90%", "降低")]
    [InlineData("≤230万元", "≤2.3亿元", "提高")] // money compared in 万元
    [InlineData("≥95%", "≥95%", "不变")]
    [InlineData("2025年12月31日前", "2026年12月31日前", "不变")] // the same deadline a year on
    [InlineData("2025年12月31日前", "2026年10月31日前", "提前")]
    [InlineData("2025年6月30日前", "2026年12月31日前", "推迟")]
    [InlineData("按时完成", "及时完成", "改写")]
    [InlineData("≥95%", "≥95项", "改写")] // another unit is not comparable
    public void Change_TwoTargets_SaysHowTheTargetMoved(string before, string after, string expected)
    {
        var then = TargetNormaliser.Normalise(before, 2025);
        var now = TargetNormaliser.Normalise(after, 2026);

        Assert.Equal(expected, YearOverYearPlugin.Change(then, now, before, after));
    }

    [Theory]
    [InlineData("天津科技会展服务", "天津科技会展服务", 1.0)]
    [InlineData("天津科技会展服务", "天津科技会展服务项目", 0.875)]
    [InlineData("天津科技会展服务", "实验动物管理服务", 0.14)]
    public void Similarity_TwoNames_IsTheDiceCoefficient(string a, string b, double expected)
    {
        Assert.Equal(expected, YearOverYearPlugin.Similarity(a, b), precision: 2);
    }

    [Fact]
    public void Compare_OnlyOneYearHeld_SaysThereIsNoPreviousTable()
    {
        var result = corpus.Get<YearOverYearPlugin>().Compare("天津科技会展服务");

        Assert.Null(result.PreviousYear);
        Assert.Empty(result.Rows);
        Assert.Equal(2025, result.Year);
    }

    [Fact]
    public void Compare_UnknownName_NamesTheParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => corpus.Get<YearOverYearPlugin>().Compare("没有这个项目"));

        Assert.Equal("name", ex.ParamName);
    }
}
