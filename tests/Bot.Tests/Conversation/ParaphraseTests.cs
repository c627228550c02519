using Assistant.Plugins.Queries;
using Assistant.Bot.Understanding;

namespace Assistant.Bot.Tests.Conversation;

/// <summary>The questions staff ask, phrased many ways; each must reach the same exact answer.</summary>
public sealed class ParaphraseTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Theory]
    // 满意度 ≥95%: 43 projects.
    [InlineData("哪些项目的服务对象满意度目标不低于95%？", 43)]
    [InlineData("满意度不低于95%的项目", 43)]
    [InlineData("满意度至少95%的有哪些", 43)]
    [InlineData("服务对象满意度≥95%的项目有哪些", 43)]
    [InlineData("满意度要求达到95%以上的项目", 43)]
    [InlineData("满意度目标>=95%的项目", 43)]
    [InlineData("满意度在百分之九十五及以上的项目", 43)]
    [InlineData("满意度不少于九十五的项目", 43)]
    [InlineData("满意率不低于95%的项目", 43)]
    [InlineData("满意度≥９５％的项目", 43)]
    [InlineData("满意度95%+的项目", 43)]                  // 95%+ is at least 95%: it read exactly 95% (28)
    // ≥99%: 12; <90%: 10.
    [InlineData("满意度目标在99%及以上的项目有哪些？", 12)]
    [InlineData("满意度99%以上的项目", 12)]
    [InlineData("哪些项目的满意度目标低于90%？", 10)]
    [InlineData("满意度不到90%的项目有哪些", 10)]
    [InlineData("满意度小于百分之九十的项目", 10)]
    // Budget: >1000 万元 is 11, ≥1000 is 13, 100–500 is 21.
    [InlineData("预算超过1000万元的项目有哪些？", 11)]
    [InlineData("预算大于1000万的项目", 11)]
    [InlineData("预算超过一千万的项目", 11)]
    [InlineData("预算超过1,000万的项目", 11)]              // a thousands separator: it was not read
    [InlineData("预算高于0.1亿元的项目", 11)]
    [InlineData("经费超过1000万元的有哪些", 11)]
    [InlineData("预算1000万元以上的项目", 13)]
    [InlineData("预算在100万元到500万元之间的项目", 21)]
    [InlineData("预算100万到500万之间的项目", 21)]
    [InlineData("预算介于100和500万元之间的项目", 21)]
    [InlineData("预算在100-500万元的项目", 21)]
    [InlineData("预算低于10万元的项目", 4)]
    [InlineData("预算超过100万但满意度低于90%的项目", 5)]   // 但 joins two conditions: both hold
    // Departments by full and short name.
    [InlineData("天津市科学技术信息研究所有哪些项目？", 12)]
    [InlineData("信息所有哪些项目", 12)]
    [InlineData("列出信息研究所的全部项目", 12)]
    [InlineData("老师好，想问下信息所今年有哪些项目", 12)]    // a greeting and 想问下 are no condition
    [InlineData("名称含 评审 的项目", 5)]                     // spaces are typing: 名称含 服务 searched the topic 服务 (72, not 24)
    [InlineData("信息所满意度低于95%的项目", 5)]
    // Categories, subjects, deadlines.
    [InlineData("哪些项目设置了经济效益指标？", 11)]
    [InlineData("有经济效益指标的项目", 11)]
    [InlineData("哪些项目包含经济效益指标", 11)]
    [InlineData("哪些项目缺少质量指标？", 1)]
    [InlineData("没有质量指标的项目", 1)]
    [InlineData("缺质量指标的项目有哪些", 1)]
    [InlineData("哪些项目对专家库人数设了目标？", 3)]
    [InlineData("设置了专家库人数指标的项目", 3)]
    [InlineData("技术合同成交额目标不低于2000亿元的项目", 2)]
    [InlineData("技术合同成交额不少于2000亿元的项目", 2)]
    [InlineData("技术合同成交额≥2000亿的项目", 2)]
    [InlineData("哪些项目的时效指标要求在2025年10月31日前完成？", 3)]
    [InlineData("在2025年10月31日之前完成的项目", 3)]
    [InlineData("哪些项目的完成时限在2026年", 2)]
    // Ranking.
    [InlineData("预算最高的3个项目是哪些？", 3)]
    [InlineData("预算前五的项目", 5)]
    [InlineData("预算最少的项目", 1)]
    [InlineData("经费最多的两个项目", 2)]
    [InlineData("预算排在最后的项目是哪个", 1)]
    [InlineData("预算排名倒数第二的项目是哪个", 2)]       // 6万, then two at 8万 share the second place
    [InlineData("除资源配置处外预算最高的项目", 1)]
    [InlineData("预算排前三的项目", 3)]                      // 排 was left unread
    [InlineData("战略院项目的满意度都是多少", 11)]           // 都是多少 asks each one's: not a yes-or-no
    [InlineData("有没有其他资金", 0)]                        // asks whether any has some: it listed the 95 with none
    [InlineData("没有其他资金的项目有哪些", 95)]
    [InlineData("预算最少的项目名称是什么", 1)]              // asks for the name: 名称 was left unread
    [InlineData("预算排在前五的项目有哪些", 5)]
    // A bare value is that value, not "at least": 预算200万 is the 4 tables of exactly 200万 (not the 29 of 200万 or
    // more), 满意度98% the 2 whose target is 98% (not the 14 of 98% or more).
    [InlineData("预算200万的项目有哪些", 4)]
    [InlineData("预算是200万的项目", 4)]
    [InlineData("满意度98%的项目有哪些", 2)]
    [InlineData("满意度目标是98%的项目", 2)]
    [InlineData("满意度只定了95%的项目", 28)]
    [InlineData("满意度是95%的项目", 28)]
    // Ordered by deadline, said after the verb (完成得最早, 完成最晚, 截止最晚) and with a number (最早的三个).
    [InlineData("哪个项目完成得最早", 1)]                 // 2025-06-30: 最早 was not read
    [InlineData("信息所哪个项目完成最晚", 9)]             // nine tied at 2025-12-31
    [InlineData("截止最晚的项目", 2)]                     // 2026-03-31 twice
    [InlineData("项目完成时间最早的三个", 3)]             // 三个 was not read
    [InlineData("时效要求最早的2个项目", 2)]
    // 统计 inside an indicator's or topic's words is that name, not the verb: the tables with the row, not their count.
    [InlineData("统计调查单位数量定的多少", 2)]
    // 包括 as a verb of having (it was left unread).
    [InlineData("信息所的项目包括哪些", 12)]
    [InlineData("哪些项目包括经济效益指标", 11)]
    [InlineData("名称包括“天开”的项目", 12)]
    [InlineData("信息所项目的数量指标都有哪些", 12)]   // 项目的数量 was the project count: it answered 12 as a figure
    // Every project of the year, no condition.
    [InlineData("列出所有项目", 95)]
    [InlineData("2025年有哪些项目", 95)]
    [InlineData("全部项目有哪些？", 95)]
    [InlineData("项目清单", 95)]
    public async Task AskAsync_ListQuestion_FindsExactlyTheProjects(string question, int expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal(expected, answer.Projects.Count);
        Assert.Null(answer.Value);
    }

    [Theory]
    [InlineData("天津市科学技术发展战略研究院的项目预算合计是多少万元？", Intent.Sum, 278)]
    [InlineData("战略院的预算合计", Intent.Sum, 278)]
    [InlineData("科技局一共有多少项目经费", Intent.Sum, 43913.51)]   // 经费: money, not how many projects
    [InlineData("信息所的项目数量", Intent.Count, 12)]              // not the tables mentioning 项目数量
    [InlineData("项目数量是多少", Intent.Count, 95)]
    [InlineData("满意度目标不是90%的项目有几个", Intent.Count, 53)]   // below or above 90, not the 41 at 90
    [InlineData("满意度不等于90%的项目有几个", Intent.Count, 53)]
    [InlineData("满意度不为90%的项目有几个", Intent.Count, 53)]         // 不为 as 不等于: it was refused
    [InlineData("战略院预算总额是多少", Intent.Sum, 278)]
    [InlineData("信息所一共多少钱", Intent.Sum, 1025)]
    [InlineData("健研院的项目预算加起来多少", Intent.Sum, 5860.77)]
    [InlineData("所有项目的预算总额是多少？", Intent.Sum, 43913.51)]
    [InlineData("全部项目预算合计多少", Intent.Sum, 43913.51)]
    [InlineData("一共有多少个项目？", Intent.Count, 95)]
    [InlineData("总共有多少项目", Intent.Count, 95)]
    [InlineData("项目一共几个", Intent.Count, 95)]
    [InlineData("信息所有几个项目", Intent.Count, 12)]
    [InlineData("天津市科学技术发展战略研究院有几个项目？", Intent.Count, 11)]
    [InlineData("满意度不低于95%的项目有多少个", Intent.Count, 43)]
    [InlineData("战略院有多少项目预算超过30万", Intent.Count, 3)]
    [InlineData("服务对象满意度目标一般设为多少？", Intent.Norms, 90)]
    [InlineData("满意度一般设多少", Intent.Norms, 90)]
    [InlineData("满意度通常定多少", Intent.Norms, 90)]
    [InlineData("满意度一般定多少比较合适", Intent.Norms, 90)]   // 比较合适 was left unread
    [InlineData("专家库人数一般定多少", Intent.Norms, 8500)]
    [InlineData("服务对象满意度一般不低于多少", Intent.Norms, 90)]   // 不低于 was left unread
    [InlineData("专家库人数怎么设置比较好", Intent.Norms, 8500)]
    [InlineData("培训人次的指标值一般怎么定", Intent.Norms, 20)]     // 怎么定: 怎 was left unread
    [InlineData("质量指标一般怎么设", Intent.Norms, 100)]
    [InlineData("满意度最常见的目标值是多少", Intent.Norms, 90)]   // 最 was left unread
    [InlineData("满意度最常用的值是多少", Intent.Norms, 90)]
    [InlineData("满意度通常设成多少", Intent.Norms, 90)]          // 成 was left unread
    [InlineData("满意度一般咋定", Intent.Norms, 90)]              // spoken 咋 for 怎么: it was left unread
    [InlineData("科技成果登记服务的满意度目标是多少", Intent.Lookup, 95)]
    [InlineData("天津科技会展服务的预算", Intent.Sum, 120)]          // the field alone asks its figure: it showed the table, no value
    [InlineData("天津科技会展服务的财政资金", Intent.Sum, 120)]
    // A place shared by ties asked for the figure it is ranked by: each one's figure (it gave 288 = 48 × 6, and 16 = 8 + 8).
    [InlineData("指标最少的项目有几条指标", Intent.Figure, 6)]
    [InlineData("预算排名倒数第二的项目预算是多少", Intent.Sum, 8)]
    [InlineData("预算最高的项目预算是多少", Intent.Sum, 5850)]
    public async Task AskAsync_NumberQuestion_GivesTheHeadlineValue(string question, Intent intent, double value)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(intent, answer.Intent);
        Assert.Equal((decimal)value, answer.Value);
        Assert.NotEmpty(answer.Citations);
    }

    [Theory]
    [InlineData("哪些部门报了项目", "| 天津市科学技术信息研究所 | 12 | 1025 |")]          // it listed the 95 projects
    [InlineData("各部门项目数", "| 天津市科学技术信息研究所 | 12 | 1025 |")]              // it searched the topic 项目数 (支持项目数)
    [InlineData("按部门列出项目数和预算", "| 天津市科学技术信息研究所 | 12 | 1025 |")]      // it searched the topic 项目数: 21 tables
    [InlineData("哪些单位有预算超过1000万的项目", "| 天津医学健康研究院 | 1 | 5360.77 |")]
    [InlineData("预算超过100万的项目中，信息所和战略院各有几个", "| 天津市科学技术发展战略研究院 | 0 | 0 |")]   // it gave the two together (2)
    public async Task AskAsync_WhichDepartments_AnswersByDepartment(string question, string row)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Contains("按部门", answer.Text, StringComparison.Ordinal);
        Assert.Contains(row, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("违反R06的项目", "R06")]              // it read R06 as 预算数 = 6万元
    [InlineData("触发R09规则的项目有哪些", "R09")]
    [InlineData("不符合规则R04的项目", "R04")]
    public async Task AskAsync_RuleNamedByItsId_ChecksThatRule(string question, string rule)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(rule, answer.Reading!.Rule);
        Assert.Null(answer.Reading.Budget);
        Assert.NotEqual(Intent.Unclear, answer.Intent);
    }

    [Theory]
    [InlineData("科技成果登记服务的预算和满意度")]                 // it showed the 满意度 row alone (value 95) and dropped the budget
    [InlineData("科技成果登记服务的满意度和预算分别是多少")]       // it gave the budget (10 万元) and dropped the 满意度
    public async Task AskAsync_MoneyAndARowOfOneProject_ShowsItsTable(string question)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Equal("天津市科技成果登记服务", Assert.Single(answer.Projects).Name);
        Assert.Contains("预算数 10 万元", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Indicator.Contains("满意度", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_TotalComparedInARulePhrase_IsTheRuleNotASum()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "成本指标合计超过预算的项目");

        // 合计 compared is the rule's: it added up the two projects' budgets (140 万元).
        Assert.Equal(Intent.Validate, answer.Intent);
        Assert.Equal("R04", answer.Reading!.Rule);
        Assert.Null(answer.Value);
    }

    [Fact]
    public async Task AskAsync_RuleIdNoQueryChecks_IsNotAnswered()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "R11的项目");

        Assert.True(answer.Intent is Intent.Unclear or Intent.Unknown);
        Assert.Contains("R11", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Projects);
    }

    [Fact]
    public async Task AskAsync_SeveralMoneyFieldsOfOneProject_ShowsItsTable()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "技术市场服务的财政资金和其他资金分别是多少");

        // It read 其他资金 as a condition (> 0) and summed it over no table: 0 万元, 0 个项目.
        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal("技术市场服务", Assert.Single(answer.Projects).Name);
        Assert.DoesNotContain("0 个项目", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_NormsWhereNoValueIsShared_SaysThereIsNoNormAndGivesNoFigure()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "可持续影响指标一般怎么写");

        // It called ≥10家 the commonest target: one project of five, each writing its own.
        Assert.Equal(Intent.Norms, answer.Intent);
        Assert.Contains("每个目标值都只有 1 个项目使用，没有常用值", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("最常见", answer.Text, StringComparison.Ordinal);
        Assert.Null(answer.Value);
    }

    [Fact]
    public async Task AskAsync_NormsOfOneProject_SaysItIsOneProjectsValue()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "专家库人数一般定多少");
        var single = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "培训人次一般设多少");

        Assert.Contains("最常见的目标值是 **≥8500人**（3 个项目）", answer.Text, StringComparison.Ordinal); // shared by three: a norm
        Assert.Contains("只有 1 个项目设了「培训人次」这类指标", single.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("最常见", single.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_NormsWhereAWrittenDateIsCommonest_SaysSoAndGivesNoFigure()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "时效指标一般怎么设");

        // It said the commonest target was ≤12月 (21 projects) above a table whose first row, 2025年12月31日前, had 25.
        Assert.Equal(Intent.Norms, answer.Intent);
        Assert.Contains("最常见的写法是 **2025年12月31日前**（25 个项目）；数值目标中最常见的是 **≤12月**（21 个项目）", answer.Text, StringComparison.Ordinal);
        Assert.Null(answer.Value);
    }

    [Theory]
    [InlineData("和人工智能相关的项目有哪些？", "人工智能创新发展服务工作", "新一代人工智能重大专项")]
    [InlineData("人工智能方面的项目", "人工智能创新发展服务工作", "新一代人工智能重大专项")]
    [InlineData("跟人工智能有关的项目", "人工智能创新发展服务工作", "新一代人工智能重大专项")]
    [InlineData("关于人工智能的项目", "人工智能创新发展服务工作", "新一代人工智能重大专项")]
    [InlineData("自然科学基金相关的项目", "天津市自然科学基金项目", "国家自然科学基金区域创新发展联合基金")]
    [InlineData("天开园相关的项目有哪些？", "天开园发展专项资金", "天开园招才引智支撑服务")]
    [InlineData("天开园的项目有哪些", "天开园发展专项资金", "天开园招才引智支撑服务")]
    public async Task AskAsync_Topic_IncludesTheProjectsNamedSo(string question, string first, string second)
    {
        var names = (await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question)).Projects.Select(p => p.Name).ToList();

        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Theory]
    [InlineData("科技奖励评审服务有哪些绩效指标？", "科技奖励评审服务")]
    [InlineData("科技奖励评审服务的指标", "科技奖励评审服务")]
    [InlineData("查看科技奖励评审服务", "科技奖励评审服务")]
    [InlineData("外国专家项目资助经费有哪些指标", "天津市外国专家项目资助经费")]
    public async Task AskAsync_Lookup_ReturnsThatProjectsRows(string question, string project)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal(project, Assert.Single(answer.Projects).Name);
        Assert.NotEmpty(answer.Citations);
        Assert.Contains("|", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("哪些项目的成本指标超过了预算数？")]
    [InlineData("成本超预算的项目")]
    [InlineData("哪些项目成本指标超出了预算")]
    public async Task AskAsync_CostOverBudget_IsTheTwoKnownProjects(string question)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Validate, answer.Intent);
        Assert.Equal(["天津科技会展服务", "市科技局营商环境建设支撑服务"], answer.Projects.Select(p => p.Name).Order());
        Assert.All(answer.Findings!, f => Assert.Equal("R04", f.Rule));
    }

    [Theory]
    [InlineData("哪些项目有错误")]           // 误 was left unread
    [InlineData("哪些表没通过审核")]         // it was not understood
    [InlineData("审核不通过的项目有几个")]
    public async Task AskAsync_ErrorsOrFailingReview_ListsOnlyTheErrors(string question)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Validate, answer.Intent);
        Assert.Equal(4, answer.Projects.Count);   // 25 tables have some finding; 4 have an error
        Assert.All(answer.Findings!, f => Assert.Equal(Assistant.Plugins.Validation.Severity.Error, f.Severity));
        Assert.Contains("只看错误", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_CheckEverythingOnce_ReviewsEveryTable()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "全部检查一遍"); // 一遍 was left unread

        Assert.Equal(Intent.Validate, answer.Intent);
        Assert.Contains("检查了 95 张表", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("帮我起草一个科普进社区活动项目的绩效目标表，预算30万元", "科普进社区活动项目", 30)]
    [InlineData("拟一个人工智能培训项目的绩效目标，经费50万", "人工智能培训项目", 50)]
    [InlineData("生成一份“科技金融对接服务”的绩效目标表，预算为80万元", "科技金融对接服务", 80)]
    public async Task AskAsync_DraftRequest_DraftsWithoutErrors(string question, string name, double budget)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Draft, answer.Intent);
        Assert.Equal(name, answer.Draft!.Name);
        Assert.Equal((decimal)budget, answer.Draft.Budget.Total);
        Assert.DoesNotContain(answer.Findings!, f => f.Severity == Plugins.Validation.Severity.Error);
    }

    [Theory]
    [InlineData("今天天气怎么样")]
    [InlineData("给我讲个笑话")]
    [InlineData("上个月的会议纪要在哪")]
    public async Task AskAsync_OffTopic_SaysItDidNotUnderstandAndOffersExamples(string question)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Unknown, answer.Intent);
        Assert.Empty(answer.Projects);
        Assert.Null(answer.Value);
        Assert.Contains("可以这样问", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("帮助")]
    [InlineData("你能做什么")]
    public async Task AskAsync_Help_ListsWhatItCanDo(string question)
    {
        Assert.Equal(Intent.Help, (await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question)).Intent);
    }

    [Theory]
    [InlineData("天津科技会展服务的绩效目标是什么", "绩效目标：1.按照市人民政府大型活动")]
    [InlineData("天津科技会展服务的目标", "绩效目标：1.按照市人民政府大型活动")]
    [InlineData("技术市场服务的资金用途", "资金用途：开展科技成果转化政策宣讲")]
    public async Task AskAsync_OneProjectsOwnField_ShowsItsTableWithTheField(string question, string shown)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Contains(shown, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("信息所预算最高的项目叫什么", "市科技局网络安全和网络科技环境运维")]
    [InlineData("最便宜的项目是哪个", "盘活天开园存量资产智能服务平台建设")]
    [InlineData("人工智能相关的项目里最贵的是哪个", "新一代人工智能重大专项")]
    public async Task AskAsync_WhichProjectAskedInOtherWords_NamesIt(string question, string project)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(project, Assert.Single(answer.Projects).Name);
    }

    [Theory]
    [InlineData("检查一下信息所的表", 12)]                 // it listed 信息所's projects
    [InlineData("帮我审核战略院的项目", 11)]
    [InlineData("检查一下预算超过1000万的项目", 11)]
    public async Task AskAsync_CheckTheTablesConditionsSelect_ReviewsThoseTables(string question, int tables)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Validate, answer.Intent);
        Assert.Contains($"检查了 {tables} 张表", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("检查一下科技宣传专项工作的表")]
    [InlineData("帮我检查科技宣传专项工作这张表")]
    [InlineData("检查一下技术市场服务的绩效目标表")]       // 表 of 绩效目标表 was left unread
    [InlineData("帮我审核科技宣传专项工作的目标表")]
    public async Task AskAsync_CheckOneProjectsTable_ReviewsThatTable(string question)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Validate, answer.Intent);
        Assert.Contains("检查了 1 张表", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("预算超过100万的项目中哪个满意度最高", ProjectSort.TargetDescending)] // the superlative is the 满意度's
    [InlineData("预算超过1000万的项目里满意度目标最低的是哪个", ProjectSort.TargetAscending)]
    [InlineData("满意度不低于95%的项目中预算最高的", ProjectSort.BudgetDescending)]  // the superlative is the budget's
    public async Task AskAsync_SuperlativeWithBudgetAndIndicator_RanksByTheWordItFollows(string question, ProjectSort sort)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(sort, answer.Reading!.Sort);
        Assert.NotEmpty(answer.Projects);
    }

    [Fact]
    public async Task AskAsync_OneProjectsRowNotWordedAsAsked_ShowsTheWholeTableNotNone()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "科技宣传专项工作的稿件数量目标");

        // It said the table had no 稿件数量 indicator, while it sets 在媒体发布科技宣传稿件 ≥300篇.
        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.DoesNotContain("这类指标", answer.Text, StringComparison.Ordinal);
        Assert.Contains("在媒体发布科技宣传稿件", answer.Text, StringComparison.Ordinal);
        Assert.Contains("没有写着「稿件数量」", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_OrderedByDeadline_CitesTheDeadlines()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "信息所哪个项目完成最晚");

        // The dates the order is by, not each table's budget.
        Assert.All(answer.Projects, p => Assert.Contains(answer.Citations, c => c.Project == p.Name && c.Value.Contains("2025年12月", StringComparison.Ordinal)));
        Assert.DoesNotContain(answer.Citations, c => c.Indicator == "预算数");
    }

    [Theory]
    [InlineData("技术市场服务有没有经济效益指标", "推动全市技术合同成交额")]  // 没 of 有没有 was left unread
    [InlineData("科技帮扶工程有没有成本指标", "财政支持")]
    [InlineData("技术市场服务有没有可持续影响指标", "没有「可持续影响指标」")]
    public async Task AskAsync_WhetherAProjectHasACategory_ShowsItsRowsOrSaysNone(string question, string shown)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Contains(shown, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_CountVerbInsideAnIndicatorsWords_IsNotACount()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "统计调查单位数量定的多少");

        // It answered 共 2 个项目: the count of the tables, for a question asking their target (≥8000家); the two are listed.
        Assert.Equal(Intent.List, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Contains(answer.Projects, p => p.Name == "火炬统计调查");
    }
}
