using Assistant.Bot.Understanding;
using Assistant.Plugins.Queries;
using Assistant.Retrieval.Normalisation;

namespace Assistant.Bot.Tests.Understanding;

public sealed class ReaderTests
{
    [Theory]
    [InlineData("九十五", 95)]
    [InlineData("一千万", 10000000)]
    [InlineData("两百", 200)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("一万五千", 15000)]
    [InlineData("三亿", 300000000)]
    [InlineData("一百零五", 105)]
    [InlineData("百", 100)]             // 百分之百
    [InlineData("千万", 10000000)]
    public void ChineseNumber_Numeral_ReadsValue(string text, double expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("九十五分")]
    [InlineData("")]
    [InlineData("abc")]
    public void ChineseNumber_NotANumeral_IsRejected(string text)
    {
        Assert.False(ChineseNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("满意度不低于95%的项目", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData("满意度至少95%", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData("满意度95%以上", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData("满意度在99%及以上", Comparator.GreaterOrEqual, 99, "%")]
    [InlineData("满意度>=95%", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData("满意度≥95百分比", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData("满意度达到百分之九十五", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData("满意度不低于九成", Comparator.GreaterOrEqual, 90, "%")]
    [InlineData("预算超过一个亿", Comparator.Greater, 1, "亿元")]
    [InlineData("预算过百万", Comparator.Greater, 100, "万元")]
    [InlineData("预算不多不少正好是两千万", Comparator.Equal, 2000, "万元")]
    [InlineData("财政资金没超过八十万", Comparator.LessOrEqual, 80, "万元")] // 萬 is folded before the readers (ScriptFolder)
    [InlineData("满意度只定了80%", Comparator.Equal, 80, "%")]
    [InlineData("预算超过1000万元", Comparator.Greater, 1000, "万元")]
    [InlineData("预算高于1000万", Comparator.Greater, 1000, "万元")]
    [InlineData("预算超过一千万", Comparator.Greater, 1000, "万元")]
    [InlineData("预算大于0.1亿", Comparator.Greater, 0.1, "亿元")]
    [InlineData("满意度低于90%", Comparator.Less, 90, "%")]
    [InlineData("预算不超过50万", Comparator.LessOrEqual, 50, "万元")]
    [InlineData("经费在50万以内", Comparator.LessOrEqual, 50, "万元")]
    [InlineData("人数少于100人", Comparator.Less, 100, "人")]
    [InlineData("预算不止100万", Comparator.Greater, 100, "万元")]
    [InlineData("预算至多50万", Comparator.LessOrEqual, 50, "万元")]
    [InlineData("预算顶多50万", Comparator.LessOrEqual, 50, "万元")]
    [InlineData("预算起码100万", Comparator.GreaterOrEqual, 100, "万元")]
    [InlineData("预算100万起", Comparator.GreaterOrEqual, 100, "万元")]
    [InlineData("预算低于或等于50万", Comparator.LessOrEqual, 50, "万元")]
    [InlineData("满意度高于等于95%", Comparator.GreaterOrEqual, 95, "%")]      // 等于 alone read it as =95%
    [InlineData("满意度大于或等于95%", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData("预算不低于1千万", Comparator.GreaterOrEqual, 1000, "万元")]     // digits times 千, then 万
    [InlineData("预算1.5百万以上", Comparator.GreaterOrEqual, 150, "万元")]
    [InlineData("满意度达到百分之百", Comparator.GreaterOrEqual, 100, "%")]
    [InlineData("有没有超过50万的项目", Comparator.Greater, 50, "万元")]      // asks whether any exceed: it read ≤ 50万
    [InlineData("有没有达到95%的", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData("预算没有超过50万的", Comparator.LessOrEqual, 50, "万元")]    // a negation still
    [InlineData("预算少于等于20万", Comparator.LessOrEqual, 20, "万元")]      // 等于 alone read it as =20万
    [InlineData("满意度多于或等于95%", Comparator.GreaterOrEqual, 95, "%")]
    [InlineData("预算100万（含）以上", Comparator.GreaterOrEqual, 100, "万元")] // （含） was left unread
    [InlineData("预算100万(不含)以上", Comparator.Greater, 100, "万元")]
    [InlineData("预算20万（含）以下", Comparator.LessOrEqual, 20, "万元")]
    [InlineData("满意度最少要95%", Comparator.GreaterOrEqual, 95, "%")]       // 最少 was left unread
    [InlineData("满意度不得低于90%", Comparator.GreaterOrEqual, 90, "%")]
    [InlineData("预算不能超过50万", Comparator.LessOrEqual, 50, "万元")]
    public void QuantityReader_ComparatorNumberUnit_AreRead(string question, Comparator comparator, double value, string unit)
    {
        // Readers take the width-folded question, as the parser hands it to them (>= becomes ≥).
        var q = Assert.Single(QuantityReader.Read(WidthFolder.Fold(question)));

        Assert.Equal((comparator, (decimal)value, unit), (q.Comparator!.Value, q.Value, q.Unit!));
    }

    [Theory]
    [InlineData("预算在100万元到500万元之间", 100, 500, "万元")]
    [InlineData("预算100-500万元", 100, 500, "万元")]
    [InlineData("预算介于100和500万元之间", 100, 500, "万元")]
    [InlineData("满意度90%至95%之间", 90, 95, "%")]
    [InlineData("预算介于100万和200万的项目", 100, 200, "万元")]
    public void QuantityReader_Range_IsOneQuantityWithUpper(string question, double low, double high, string unit)
    {
        var q = Assert.Single(QuantityReader.Read(question));

        Assert.Equal(((decimal)low, (decimal?)(decimal)high, unit), (q.Value, q.Upper, q.Unit!));
    }

    [Theory]
    [InlineData("一共有多少个项目")]
    [InlineData("这三个项目的财政资金合计")]   // 这三个 is the previous answer, not a quantity
    [InlineData("满意度一般设多少")]
    [InlineData("2025年12月31日前完成的项目")]
    [InlineData("预算前五的项目")]
    [InlineData("第二个项目的指标")]
    public void QuantityReader_WordsDatesAndRanks_AreNotQuantities(string question)
    {
        Assert.Empty(QuantityReader.Read(question));
    }

    [Theory]
    [InlineData("2025年10月31日前完成的项目", null, "2025-10-31")]
    [InlineData("在2025年10月31日之前完成", null, "2025-10-31")]
    [InlineData("2025年9月以后完成的", "2025-09-01", null)]
    [InlineData("完成时限在2026年的项目", "2026-01-01", "2026-12-31")]
    [InlineData("12月31日前完成", null, "2025-12-31")]
    [InlineData("2025年底前完成的项目", null, "2025-12-31")]
    [InlineData("年底前完成的项目", null, "2025-12-31")]          // the budget year's end
    [InlineData("时效要求在年末之前的项目", null, "2025-12-31")]
    [InlineData("年底完成的项目", "2025-12-31", "2025-12-31")]
    [InlineData("截至2025年底完成的项目", null, "2025-12-31")]            // done by then, as 年底前完成
    [InlineData("截止到2025年6月30日完成的", null, "2025-06-30")]
    [InlineData("时效指标截止到2025年底的项目", "2025-12-31", "2025-12-31")] // the deadline itself
    public void DateReader_DeadlinePhrases_GiveRanges(string question, string? from, string? to)
    {
        var date = DateReader.Read(question, 2025);

        Assert.NotNull(date);
        Assert.Equal(from, date.From is { } f ? DateReader.Format(f) : null);
        Assert.Equal(to, date.To is { } t ? DateReader.Format(t) : null);
    }

    [Theory]
    [InlineData("2025年预算最高的项目")]
    [InlineData("满意度不低于95%的项目")]
    public void DateReader_YearWithoutDeadlineWords_IsNoCondition(string question)
    {
        Assert.Null(DateReader.Read(question, 2025));
    }

    [Theory]
    [InlineData("预算最高的3个项目", ProjectSort.BudgetDescending, 3, null, null)]
    [InlineData("预算最少的项目", ProjectSort.BudgetAscending, null, null, 1)]         // first place, shared by ties
    [InlineData("时限要求最靠后的是哪几个项目", ProjectSort.DeadlineLatest, null, null, 1)]
    [InlineData("最早到期的项目", ProjectSort.DeadlineEarliest, null, null, 1)]
    [InlineData("经费最多的两个项目", ProjectSort.BudgetDescending, 2, null, null)]
    [InlineData("预算最高的俩项目", ProjectSort.BudgetDescending, 2, null, null)]
    [InlineData("预算最少的仨项目", ProjectSort.BudgetAscending, 3, null, null)]
    [InlineData("预算前五的项目", ProjectSort.BudgetDescending, 5, null, null)]
    [InlineData("按预算从低到高排序", ProjectSort.BudgetAscending, null, null, null)]
    [InlineData("按预算排序", ProjectSort.BudgetDescending, null, null, null)]
    [InlineData("信息所的项目按钱多少排一下", ProjectSort.BudgetDescending, null, null, null)]   // 钱: it read the topic 项目按 and found none
    [InlineData("信息所的项目按花钱多少排序", ProjectSort.BudgetDescending, null, null, null)]
    [InlineData("第二个项目的指标", ProjectSort.Default, null, 2, null)]
    [InlineData("预算排第三的是哪个项目", ProjectSort.BudgetDescending, null, null, 3)]
    [InlineData("预算第五大的项目", ProjectSort.BudgetDescending, null, null, 5)]
    [InlineData("预算倒数第二的项目", ProjectSort.BudgetAscending, null, null, 2)]
    [InlineData("预算排名倒数第二的项目", ProjectSort.BudgetAscending, null, null, 2)]
    [InlineData("预算排在最后的项目", ProjectSort.BudgetAscending, null, null, 1)]
    [InlineData("信息所预算垫底的项目", ProjectSort.BudgetAscending, null, null, 1)]
    [InlineData("最后一个项目的指标", ProjectSort.Default, null, Bot.Understanding.Understanding.LastOrdinal, null)] // the last the previous answer showed
    [InlineData("预算第五的项目", ProjectSort.BudgetDescending, null, null, 5)]          // the place without 排: 第五 was left unread
    [InlineData("战略院预算第二的项目是哪个", ProjectSort.BudgetDescending, null, null, 2)]
    [InlineData("满意度不低于95%的项目", ProjectSort.Default, null, null, null)]
    public void RankReader_RankingWords_AreRead(string question, ProjectSort sort, int? top, int? ordinal, int? nth)
    {
        var (s, t, o, _, n) = RankReader.Read(question);

        Assert.Equal((sort, top, ordinal, nth), (s, t, o, n));
    }

    [Theory]
    [InlineData("设了两条成本指标的项目", "成本指标", "=2")]
    [InlineData("成本指标有两条以上的项目", "成本指标", "≥2")]
    [InlineData("设了两条以上的满意度指标的项目", "满意度指标", "≥2")]
    [InlineData("社会效益指标超过3条的项目", "社会效益指标", ">3")]
    [InlineData("成本指标不止一条的项目", "成本指标", ">1")]
    [InlineData("有8条以上指标的项目", null, null)]               // rows of the whole table, no category
    public void RowCountReader_CategoryRows_AreReadWithTheirComparator(string question, string? category, string? rows)
    {
        var u = RowCountReader.Read(question, new Bot.Understanding.Understanding(), []);

        Assert.Equal((category, rows), (u.HasCategory, u.Conditions.CategoryRows?.Describe(null)));
    }

    [Theory]
    [InlineData("天津市科学技术信息研究所有哪些项目", "天津市科学技术信息研究所")]
    [InlineData("信息所的预算合计", "天津市科学技术信息研究所")]
    [InlineData("战略院有几个项目", "天津市科学技术发展战略研究院")]
    [InlineData("健研院的项目", "天津医学健康研究院")]
    [InlineData("资源配置与管理处的项目", "天津市科学技术局资源配置与管理处")]
    public void DepartmentReader_FullOrShortName_Resolves(string question, string department)
    {
        Assert.Equal(department, DepartmentReader.Read(question, Departments)?.Department);
    }

    [Theory]
    [InlineData("研究院的项目")]
    [InlineData("满意度不低于95%的项目")]
    public void DepartmentReader_AmbiguousOrAbsent_IsNull(string question)
    {
        Assert.Null(DepartmentReader.Read(question, Departments));
    }

    [Theory]
    [InlineData("哪些项目设置了经济效益指标", "经济效益指标", false)]
    [InlineData("哪些项目缺少质量指标", "质量指标", true)]
    [InlineData("没有时效指标的项目", "时效指标", true)]
    [InlineData("包含可持续影响指标的项目", "可持续影响指标", false)]
    public void CategoryReader_HasOrLacks_IsRead(string question, string category, bool lacks)
    {
        var read = CategoryReader.Read(question);

        Assert.Equal((category, lacks), (read!.Value.Category, read.Value.Lacks));
    }

    [Theory]
    [InlineData("既没有经济效益指标也没有可持续影响指标的项目", "经济效益指标,可持续影响指标")]
    [InlineData("经济效益和社会效益指标都没有的项目", "经济效益指标,社会效益指标")]
    [InlineData("没有设质量指标，也没有设时效指标", "质量指标,时效指标")]
    [InlineData("没有经济效益和社会效益指标的项目", null)]                 // neither, or not both? Not read
    [InlineData("既有经济效益指标又有社会效益指标的项目", null)]
    [InlineData("有经济效益指标但没有社会效益指标的项目", null)]
    public void CategoryReader_Neither_IsReadOnlyWhenBothAreSaidMissing(string question, string? categories)
    {
        var read = CategoryReader.ReadNeither(question);

        Assert.Equal(categories, read is { } r ? string.Join(",", r.Categories) : null);
    }

    [Theory]
    [InlineData("和人工智能相关的项目有哪些", "人工智能")]
    [InlineData("跟自然科学基金有关的", "自然科学基金")]
    [InlineData("关于天开园的项目", "天开园")]
    [InlineData("名称里含“外国专家”的项目", "外国专家")]
    [InlineData("科普方面的项目", "科普")]
    [InlineData("有关于天开园的项目吗", "天开园")]          // it read 于天开园 and found none
    [InlineData("有没有关于人工智能的项目", "人工智能")]    // it read the topic 没 (没 + 有关)
    [InlineData("有没有有关科普的项目", "科普")]
    public void TopicReader_TopicPhrases_GiveTheTopic(string question, string topic)
    {
        Assert.Equal(topic, TopicReader.Read(question)?.Topic);
    }

    [Theory]
    [InlineData("帮我起草一个科普进社区活动项目的绩效目标表，预算30万元", "科普进社区活动项目", 30.0)]
    [InlineData("拟一个人工智能培训项目的绩效目标，经费50万", "人工智能培训项目", 50.0)]
    [InlineData("帮我写个绩效目标表，项目名称：科技金融服务，预算0.5亿元", "科技金融服务", 5000.0)]
    [InlineData("起草“科技志编纂”的绩效目标表", "科技志编纂", null)]
    [InlineData("起草一个科普活动项目，预算30万", "科普活动项目", 30.0)]          // 起草 says drafting without the table named
    [InlineData("草拟一个科技金融对接活动项目", "科技金融对接活动项目", null)]
    [InlineData("帮我写一个人工智能培训项目的绩效表，预算20万", "人工智能培训项目", 20.0)]
    public void DraftRequestReader_Request_GivesNameAndBudget(string question, string name, double? budget)
    {
        Assert.True(DraftRequestReader.IsDraftRequest(question));
        var (n, b, _) = DraftRequestReader.Read(question);

        Assert.Equal(name, n);
        Assert.Equal(budget is null ? null : (decimal)budget.Value, b);
    }

    [Theory]
    [InlineData("帮我起草一个2027年度科普活动项目的绩效目标表，预算30万", 2027)]   // it drafted 2025 with a 2025 deadline
    [InlineData("帮我起草一个科普活动项目，预算30万，预算年度2027年", 2027)]          // the year was ignored
    [InlineData("起草一个科普活动项目，预算30万", null)]
    [InlineData("起草一个科普活动项目，2026年10月底前完成，预算30万", null)]           // a date is not the budget year
    public void DraftRequestReader_YearNamed_IsTheBudgetYear(string question, int? year)
    {
        Assert.Equal(year, DraftRequestReader.Year(question));
    }

    [Theory]
    [InlineData("哪些项目要写研究报告")]
    [InlineData("做科普的项目有哪些")]
    [InlineData("科技计划项目验收的预算")]
    public void DraftRequestReader_QuestionAboutTables_IsNoRequest(string question)
    {
        Assert.False(DraftRequestReader.IsDraftRequest(question));
    }

    private static readonly string[] Departments =
    [
        "天津市科学技术局资源配置与管理处", "天津市科学技术信息研究所", "天津市科学技术发展战略研究院", "天津医学健康研究院",
    ];

    [Theory]
    [InlineData("10月份到期的是哪个项目", "2025-10-01", "2025-10-31")]
    [InlineData("那第三季度呢", "2025-07-01", "2025-09-30")]
    [InlineData("第一季度完成的项目", "2025-01-01", "2025-03-31")]
    [InlineData("上半年要完成的项目有哪些", "2025-01-01", "2025-06-30")]
    [InlineData("下半年截止的项目", "2025-07-01", "2025-12-31")]
    [InlineData("完成时限写到12月中旬的是哪个项目", "2025-12-11", "2025-12-20")]
    [InlineData("2026年3月底截止的项目", "2026-03-31", "2026-03-31")]
    [InlineData("十二月份到期的项目", "2025-12-01", "2025-12-31")]
    public void ReadPeriod_MonthQuarterOrHalf_IsTheWholePeriodOfTheBudgetYear(string question, string from, string to)
    {
        var period = DateReader.ReadPeriod(question, 2025);

        Assert.NotNull(period);
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
            (period.From!.Value, period.To!.Value));
    }

    [Theory]
    [InlineData("满意度不低于95%的项目")]
    [InlineData("13月份到期的项目")]
    [InlineData("预算3个项目")]
    public void ReadPeriod_NoPeriod_IsNull(string question)
    {
        Assert.Null(DateReader.ReadPeriod(question, 2025));
    }

    [Theory]
    [InlineData("预算最高的5个项目中有几个是资源配置处的", "预算最高的5个项目", "有几个是资源配置处的")]
    [InlineData("预算前十的项目里信息所有几个", "预算前十的项目", "信息所有几个")]
    [InlineData("最便宜的三个项目当中，哪个满意度最高", "最便宜的三个项目", "哪个满意度最高")]
    [InlineData("满意度≥95%的项目中预算最高的", null, null)]             // no first N before 中: one set of conditions
    [InlineData("预算最高的5个项目", null, null)]
    public void RankedSetReader_FirstNThenWithin_SplitsAtTheFirstN(string question, string? set, string? within)
    {
        var split = RankedSetReader.Split(question);

        Assert.Equal((set, within), split is var (s, w) ? (s, w) : ((string?)null, (string?)null));
    }
}
