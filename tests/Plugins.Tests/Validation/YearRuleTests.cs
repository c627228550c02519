using Assistant.Plugins.Validation.Rules;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Plugins.Tests.Validation;

public sealed class YearRuleTests
{
    [Theory]
    [InlineData("≥95%", "≥90%", true)] // a lower threshold
    [InlineData("≥95%", "≥98%", false)]
    [InlineData("≤160万元", "≤180万元", true)] // a higher cost ceiling
    [InlineData("≤160万元", "≤1.5亿元", true)] // compared in 万元
    [InlineData("≤160万元", "≤150万元", false)]
    [InlineData("2025年10月31日前", "2026年12月31日前", true)] // a later deadline
    [InlineData("2025年12月31日前", "2026年12月31日前", false)] // the same deadline a year on
    [InlineData("≥50家", "≥40家", true)] // a smaller quantity
    [InlineData("≥50家", "≥50家", false)]
    [InlineData("按时完成", "及时完成", false)] // text is not compared
    public void R11_TargetAgainstLastYear_FlagsOnlyAWeakerOne(string before, string after, bool flagged)
    {
        var findings = new R11WeakerThanLastYear().Check(Table(2026, ("服务对象满意度", after)), Table(2025, ("服务对象满意度", before))).ToList();

        Assert.Equal(flagged, findings.Count == 1);
        Assert.All(findings, f => Assert.Contains("2025 年为", f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "参展企业数", "满意度" }, new[] { "参展企业数", "满意度" }, 0)]
    [InlineData(new[] { "参展企业数", "满意度", "成本" }, new[] { "参展企业数", "满意度" }, 1)]
    public void R12_RowsOfLastYear_ListsThoseDropped(string[] before, string[] after, int dropped)
    {
        var findings = new R12DroppedSinceLastYear().Check(
            Table(2026, [.. after.Select(l => (l, "≥1项"))]), Table(2025, [.. before.Select(l => (l, "≥1项"))])).ToList();

        Assert.Equal(dropped, findings.Count);
        Assert.All(findings, f => Assert.Equal("成本", f.Level3));
        Assert.All(findings, f => Assert.Equal(Assistant.Plugins.Validation.Severity.Info, f.Severity));
    }

    private static Project Table(int year, params (string Level3, string Value)[] rows) =>
        new(1, "测试项目", "测试部门", "000000", new Budget(10m, 10m, 0m), "用途", "目标", year, new SourceLocation($"{year}-test.txt", 1),
            rows.Select((r, i) => new Indicator("产出指标", "数量指标", r.Level3, r.Level3, r.Value, TargetNormaliser.Normalise(r.Value, year), i + 2)).ToList());
}
