using Assistant.Plugins.Queries;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Tests.Queries;

public sealed class RowFormTests
{
    [Theory]
    [InlineData("培训开展及时率", "≥90%", "及时率", null, true)]      // the name holds it
    [InlineData("完成时间", "2025年12月31日前", "及时率", null, false)]
    [InlineData("参与培训干部满意度", "≥99百分比", null, "百分比", true)] // the value holds it
    [InlineData("参与培训干部满意度", "≥99%", null, "百分比", false)]
    public void Matches_NamedOrWritten_LooksAtTheNameOrTheValue(string level3, string value, string? named, string? written, bool expected)
    {
        var row = new Indicator("产出指标", "时效指标", level3, level3, value, TargetNormaliser.Normalise(value, 2025), 1);

        Assert.Equal(expected, new RowForm { Named = named, Written = written }.Matches(row));
    }
}
