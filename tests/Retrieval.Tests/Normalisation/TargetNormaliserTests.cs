using Assistant.Retrieval.Normalisation;

namespace Assistant.Retrieval.Tests.Normalisation;

public sealed class TargetNormaliserTests
{
    private const int Year = 2025;

    public static TheoryData<string, TargetKind, Comparator?, double?, string?> Quantities => new()
    {
        // Percent: 百分比 and full-width ％ are %.
        { "≥95%", TargetKind.Percent, Comparator.GreaterOrEqual, 95, "%" },
        { "≥95百分比", TargetKind.Percent, Comparator.GreaterOrEqual, 95, "%" },
        { "100%", TargetKind.Percent, Comparator.Equal, 100, "%" },
        { ">90%", TargetKind.Percent, Comparator.Greater, 90, "%" },
        { "≥９５％", TargetKind.Percent, Comparator.GreaterOrEqual, 95, "%" },
        { ">=95%", TargetKind.Percent, Comparator.GreaterOrEqual, 95, "%" },
        { "不低于95%", TargetKind.Percent, Comparator.GreaterOrEqual, 95, "%" },
        // Money: 万 alone is 万元.
        { "≤230万元", TargetKind.Money, Comparator.LessOrEqual, 230, "万元" },
        { "≤20.9万", TargetKind.Money, Comparator.LessOrEqual, 20.9, "万元" },
        { "≤493万元 ", TargetKind.Money, Comparator.LessOrEqual, 493, "万元" },
        { "≥2000亿元", TargetKind.Money, Comparator.GreaterOrEqual, 2000, "亿元" },
        { "100万", TargetKind.Money, Comparator.Equal, 100, "万元" },
        // Quantities.
        { "≥2000项", TargetKind.Quantity, Comparator.GreaterOrEqual, 2000, "项" },
        { "≥500家次", TargetKind.Quantity, Comparator.GreaterOrEqual, 500, "家次" },
        { "≥200台套", TargetKind.Quantity, Comparator.GreaterOrEqual, 200, "台套" },
        { "≥3万字", TargetKind.Quantity, Comparator.GreaterOrEqual, 30000, "字" },
        { "5个以上", TargetKind.Quantity, Comparator.GreaterOrEqual, 5, "个" },
        // Durations: 个月 is 月, 日 is 天; a bare "12月" is twelve months, not December.
        { "≤12月", TargetKind.Duration, Comparator.LessOrEqual, 12, "月" },
        { "12月", TargetKind.Duration, Comparator.Equal, 12, "月" },
        { "≤3个月", TargetKind.Duration, Comparator.LessOrEqual, 3, "月" },
        { "≤14工作日", TargetKind.Duration, Comparator.LessOrEqual, 14, "工作日" },
        { "≤5日", TargetKind.Duration, Comparator.LessOrEqual, 5, "天" },
        { "1年", TargetKind.Duration, Comparator.Equal, 1, "年" },
        { "≥30万小时", TargetKind.Duration, Comparator.GreaterOrEqual, 300000, "小时" },
    };

    [Theory]
    [MemberData(nameof(Quantities))]
    public void Normalise_QuantitativeValue_ReadsKindComparatorNumberUnit(string raw, TargetKind kind, Comparator? comparator, double? number, string? unit)
    {
        var target = TargetNormaliser.Normalise(raw, Year);

        Assert.Equal(kind, target.Kind);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(number is null ? null : (decimal?)number.Value, target.Number);
        Assert.Equal(unit, target.Unit);
        Assert.Null(target.Date);
    }

    [Theory]
    [InlineData("2025年12月31日前完成", Comparator.Before, "2025-12-31", DatePrecision.Day)]
    [InlineData("2025年12月31日", Comparator.Equal, "2025-12-31", DatePrecision.Day)]
    [InlineData("2026年3月底前", Comparator.Before, "2026-03-31", DatePrecision.MonthEnd)]
    [InlineData("于2025年12月中旬前", Comparator.Before, "2025-12-20", DatePrecision.MidMonth)]
    [InlineData("2025.12.31前", Comparator.Before, "2025-12-31", DatePrecision.Day)]
    [InlineData("12月31日前", Comparator.Before, "2025-12-31", DatePrecision.Day)]
    [InlineData("早于12月31日 ", Comparator.Before, "2025-12-31", DatePrecision.Day)]
    [InlineData("2025年底前", Comparator.Before, "2025-12-31", DatePrecision.YearEnd)]
    [InlineData("2025年12月", Comparator.Equal, "2025-12-31", DatePrecision.Month)]
    [InlineData("2025年12月前完成", Comparator.Before, "2025-12-31", DatePrecision.Month)]
    [InlineData("2024年2月底前", Comparator.Before, "2024-02-29", DatePrecision.MonthEnd)]
    public void Normalise_Deadline_ReadsDateAndPrecision(string raw, Comparator comparator, string date, DatePrecision precision)
    {
        var target = TargetNormaliser.Normalise(raw, Year);

        Assert.Equal(TargetKind.Deadline, target.Kind);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), target.Date);
        Assert.Equal(precision, target.Precision);
        Assert.Null(target.Number);
    }

    [Theory]
    [InlineData("≥2万/年", TargetKind.Money, 2, "万元", "年")]
    [InlineData("≤3万元/人", TargetKind.Money, 3, "万元", "人")]
    [InlineData("≥8小时/天", TargetKind.Duration, 8, "小时", "天")]
    [InlineData("≤15天每项", TargetKind.Duration, 15, "天", "项")]
    [InlineData("≥3篇/月", TargetKind.Quantity, 3, "篇", "月")]
    public void Normalise_Rate_KeepsDenominator(string raw, TargetKind kind, double number, string unit, string per)
    {
        var target = TargetNormaliser.Normalise(raw, Year);

        Assert.Equal(kind, target.Kind);
        Assert.Equal((decimal)number, target.Number);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(per, target.Per);
    }

    [Theory]
    [InlineData("≥2000亿元", 20000000)]
    [InlineData("≤230万元", 230)]
    [InlineData("≤20.9万", 20.9)]
    [InlineData("5000元", 0.5)]
    public void Normalise_Money_ExpressesAmountInWan(string raw, double wan)
    {
        Assert.Equal((decimal)wan, TargetNormaliser.Normalise(raw, Year).AmountWan);
    }

    [Theory]
    [InlineData("早于12月31日", 0)]       // no year written and none given: it threw (DateOnly of year 0)
    [InlineData("12月31日前", -1)]
    public void Normalise_YearlessDateWithoutAYear_IsNotADateAndDoesNotThrow(string raw, int year)
    {
        var target = TargetNormaliser.Normalise(raw, year);

        Assert.NotEqual(TargetKind.Deadline, target.Kind);
        Assert.Null(target.Date);
    }

    [Fact]
    public void Normalise_YearlessDateInABudgetYear_IsThatYearsDate()
    {
        Assert.Equal(new DateOnly(2025, 12, 31), TargetNormaliser.Normalise("早于12月31日", 2025).Date);
    }

    [Fact]
    public void Normalise_ValueWithRemark_KeepsNumberAndNote()
    {
        var target = TargetNormaliser.Normalise("1984小时（备注：2025年248个工作日，每日8小时）", Year);

        Assert.Equal(TargetKind.Duration, target.Kind);
        Assert.Equal(1984m, target.Number);
        Assert.Equal("小时", target.Unit);
        Assert.Equal("备注：2025年248个工作日，每日8小时", target.Note);
    }

    [Theory]
    [InlineData("全年确保系统安全稳定运行，满足系统升级改造需求，提高科技管理信息化水平。")]
    [InlineData("明显提升")]
    [InlineData("确保5个以上参赛作品进入国赛 ")]
    [InlineData("")]
    public void Normalise_Sentence_IsText(string raw)
    {
        var target = TargetNormaliser.Normalise(raw, Year);

        Assert.Equal(TargetKind.Text, target.Kind);
        Assert.False(target.IsQuantified);
    }

    [Theory]
    [InlineData("≤122025年12月")]
    [InlineData("≥95%%")]
    [InlineData("2025年13月31日前")]
    [InlineData("≥1.2.3项")]
    [InlineData("≥万元")]
    public void Normalise_QuantitativeLookingGarbage_IsUnreadableNotGuessed(string raw)
    {
        var target = TargetNormaliser.Normalise(raw, Year);

        Assert.Equal(TargetKind.Unreadable, target.Kind);
        Assert.Null(target.Number);
        Assert.Null(target.Date);
    }
}
