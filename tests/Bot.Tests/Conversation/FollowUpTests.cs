using Assistant.Plugins.Queries;
using Assistant.Bot.Understanding;

namespace Assistant.Bot.Tests.Conversation;

public sealed class FollowUpTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task AskAsync_RefineSortAndPickSecond_WorksOnThePreviousAnswer()
    {
        var id = Guid.NewGuid().ToString();
        var all = await fixture.Engine.AskAsync(id, "哪些项目的满意度目标不低于95%？");

        var refined = await fixture.Engine.AskAsync(id, "其中预算超过1000万元的呢？");
        Assert.Equal(5, refined.Projects.Count);
        Assert.All(refined.Projects, p => Assert.True(p.Budget > 1000m));
        Assert.All(refined.Projects, p => Assert.Contains(all.Projects, a => a.Name == p.Name));

        var sorted = await fixture.Engine.AskAsync(id, "按预算排序");
        Assert.Equal(refined.Projects.Select(p => p.Name).Order(), sorted.Projects.Select(p => p.Name).Order());
        Assert.Equal(sorted.Projects.Select(p => p.Budget).OrderDescending(), sorted.Projects.Select(p => p.Budget));

        var second = await fixture.Engine.AskAsync(id, "第二个项目的指标");
        Assert.Equal(Intent.Lookup, second.Intent);
        Assert.Equal(sorted.Projects[1].Name, Assert.Single(second.Projects).Name);
    }

    [Theory]
    [InlineData("满意度是多少", "服务对象满意度")]       // it listed all 95 tables' 满意度
    [InlineData("数量指标有哪些", "在媒体发布科技宣传稿件")]
    public async Task AskAsync_BareSubjectAfterOneProjectsTable_IsThatTablesRows(string then, string row)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "科技宣传专项工作的指标");

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal("科技宣传专项工作", Assert.Single(answer.Projects).Name);
        Assert.Contains(row, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_BareSubjectWithAWordForEveryTable_IsAQuestionOfItsOwn()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "科技宣传专项工作的指标");

        var answer = await fixture.Engine.AskAsync(id, "所有项目的满意度");

        Assert.Equal(95, answer.Projects.Count);
    }

    [Fact]
    public async Task AskAsync_WhichAfterASum_ListsThem()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所的预算合计");

        var answer = await fixture.Engine.AskAsync(id, "其中预算超过100万的是哪些");

        // 是哪些 asks which: it added them up again.
        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal(2, answer.Projects.Count);
        Assert.Null(answer.Value);
    }

    [Fact]
    public async Task AskAsync_AnotherPlaceAfterAPlace_RanksTheSameProjects()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "有经济效益指标的项目");
        var first = await fixture.Engine.AskAsync(id, "哪个预算最少");

        var second = await fixture.Engine.AskAsync(id, "第二少的呢");

        // It looked for the second place within the one project just shown and found none.
        Assert.Equal("科技安全与科技保密", Assert.Single(first.Projects).Name);       // 15 万
        Assert.Equal("人工智能创新发展服务工作", Assert.Single(second.Projects).Name); // 20 万
    }

    [Fact]
    public async Task AskAsync_BareAmountAfterAComparison_KeepsTheComparison()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "预算超过500万的项目有几个");
        await fixture.Engine.AskAsync(id, "超过1000万的呢");

        var answer = await fixture.Engine.AskAsync(id, "5000万呢");

        // It read 预算 = 5000万 and said 0; the three above 5000万 are meant.
        Assert.Equal(3m, answer.Value);
    }

    [Theory]
    [InlineData("满意度≥95%的项目有几个", "≥98%的呢", 14)]      // a target alone was not read
    [InlineData("满意度≥95%的项目有几个", "那98%以上的呢", 14)]
    [InlineData("满意度≥95%的项目有几个", "换成98%呢", 14)]       // a bare 98% keeps ≥
    public async Task AskAsync_TargetAloneAfterAComparison_ComparesTheSameIndicator(string first, string then, int count)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, first);

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(Intent.Count, answer.Intent);
        Assert.Equal(count, answer.Value);
        Assert.Contains("满意度", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_OrderWithoutAnAfterAList_OrdersThoseAndTheLastIsPicked()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所的项目");

        var ordered = await fixture.Engine.AskAsync(id, "预算从低到高排");   // it was not read (no 按)
        var last = await fixture.Engine.AskAsync(id, "最后一个是哪个");     // 最后 was not read

        Assert.Equal(12, ordered.Projects.Count);
        Assert.Equal(10m, ordered.Projects[0].Budget);
        Assert.Equal(Intent.Lookup, last.Intent);
        Assert.Equal("市科技局网络安全和网络科技环境运维", Assert.Single(last.Projects).Name);
    }

    [Theory]
    [InlineData("它的资金用途是什么")]   // 用途 was left unread
    [InlineData("它的绩效目标")]
    public async Task AskAsync_TableFieldOfTheOneShown_IsItsTable(string then)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "网络安全那个项目");

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal("市科技局网络安全和网络科技环境运维", Assert.Single(answer.Projects).Name);
    }

    [Fact]
    public async Task AskAsync_NormsOfThoseShown_CountsOnlyThem()
    {
        var id = Guid.NewGuid().ToString();
        var topic = await fixture.Engine.AskAsync(id, "天开园相关的项目有哪些");

        var answer = await fixture.Engine.AskAsync(id, "这些项目的满意度一般是多少");

        // It said 上一条回答的11个项目 and counted the 95 tables' 满意度 rows.
        Assert.Equal(Intent.Norms, answer.Intent);
        Assert.Equal(topic.Projects.Select(p => p.Name).Order(), answer.Projects.Select(p => p.Name).Order());
    }

    [Fact]
    public async Task AskAsync_ValuesOfAnIndicatorAfterACount_ListsEachWithItsRow()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "资源配置处的项目有多少");
        var counted = await fixture.Engine.AskAsync(id, "其中预算在100万以下的呢");

        var answer = await fixture.Engine.AskAsync(id, "这些项目满意度都是多少");

        // It counted them again and gave 40 as the figure.
        Assert.Equal(Intent.List, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Equal(counted.Projects.Count, answer.Projects.Count);
        Assert.Contains(answer.Citations, c => c.Indicator.Contains("满意度", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_NormsOfTheFirstN_CountsOnlyThem()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "预算最高的5个项目满意度一般设多少");

        // It said 前5个 and counted the 95 tables' 满意度 rows.
        Assert.Equal(Intent.Norms, answer.Intent);
        Assert.Equal(5, answer.Projects.Count);
    }

    [Fact]
    public async Task AskAsync_OneProjectsRowNotMeetingTheCondition_ShowsTheRowWithNoFigure()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "2025年满意度超过95%的技术市场服务");

        // It said 技术市场服务 had no 满意度 row; it has one, at ≥95%.
        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Contains("不满足条件", answer.Text, StringComparison.Ordinal);
        Assert.Contains("≥95%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_NormsWithACondition_CountsOnlyTheProjectsItSelects()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "预算超过100万的项目满意度一般设多少");

        Assert.Equal(Intent.Norms, answer.Intent);
        Assert.Equal(34, answer.Projects.Count);
        Assert.All(answer.Projects, p => Assert.True(p.Budget > 100m));
    }

    [Theory]
    [InlineData("网络安全那个项目", "它的预算呢", 493)]            // it showed the table again, no value
    [InlineData("信息所有哪些项目", "它们的预算", 1025)]           // those just shown, added up
    public async Task AskAsync_MoneyFieldOfThoseShown_IsTheirFigure(string first, string then, double value)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, first);

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(Intent.Sum, answer.Intent);
        Assert.Equal((decimal)value, answer.Value);
    }

    [Theory]
    [InlineData("它们的绩效目标")]       // it said none of the 12 had a 绩效目标 row
    [InlineData("所有项目的绩效目标")]   // it listed the one table with a row named so
    public async Task AskAsync_TableFieldOfSeveral_IsNotAnsweredAsARow(string then)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所的项目");

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.True(answer.Intent is Intent.Unclear or Intent.Unknown, answer.Text);
        Assert.Empty(answer.Projects);
        Assert.Contains("逐个项目", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_LastWithNothingBefore_IsUnclear()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "最后一个是哪个");

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Contains("还没有", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1000以上的呢", 13)]   // a number alone after a money condition is that money again
    [InlineData("2000呢", 7)]          // and keeps its comparison (> 2000万)
    public async Task AskAsync_NumberAloneAfterAMoneyCondition_IsTheAmountAgain(string then, int count)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "预算超过500万的项目");

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal(count, answer.Projects.Count);
        Assert.Contains("预算数", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "≥98%的呢")]                                    // nothing before
    [InlineData("预算超过1000万的项目有几个", "≥98%的呢")]            // no indicator compared before
    [InlineData("满意度≥95%的项目有几个", "3000人以上的呢")]          // another unit: never 满意度 ≥ 3000
    public async Task AskAsync_TargetAloneWithNothingToCompare_IsUnclear(string? first, string then)
    {
        var id = Guid.NewGuid().ToString();
        if (first is not null)
        {
            await fixture.Engine.AskAsync(id, first);
        }

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Null(answer.Value);
    }

    [Fact]
    public async Task AskAsync_OrderByRowsAfterAList_OrdersThemAll()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所的项目");

        var answer = await fixture.Engine.AskAsync(id, "按指标条数排序");

        Assert.Equal(12, answer.Projects.Count);
        Assert.Equal(ProjectSort.RowsDescending, answer.Reading!.Sort);
        Assert.Null(answer.Reading.Nth);
    }

    [Theory]
    [InlineData("满意度目标是100%的项目有几个", "列出来", 6)]       // 列出来 alone was not understood
    [InlineData("满意度目标是100%的项目有几个", "把它们列出来", 6)] // it counted them again
    [InlineData("信息所预算合计", "具体是哪些", 12)]
    [InlineData("预算超过1000万的项目有几个", "都有哪些", 11)]
    public async Task AskAsync_OnlyAListWordAfterAFigure_ListsWhatWasCounted(string first, string then, int count)
    {
        var id = Guid.NewGuid().ToString();
        var figure = await fixture.Engine.AskAsync(id, first);

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal(count, answer.Projects.Count);
        Assert.Equal(figure.Projects.Select(p => p.Name).Order(), answer.Projects.Select(p => p.Name).Order());
    }

    [Fact]
    public async Task AskAsync_OnlyAListWordWithNothingBefore_IsUnclear()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "列出来");

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Empty(answer.Projects);
    }

    [Theory]
    [InlineData("科技帮扶工程的预算是多少", "那科技宣传专项工作呢", Intent.Sum, 40)]     // it answered 科技帮扶工程's 150 again
    [InlineData("科技帮扶工程的预算是多少", "科技宣传专项工作呢", Intent.Sum, 40)]
    [InlineData("技术市场服务的满意度", "那科技帮扶工程呢", Intent.Lookup, 90)]        // the same row of the project now named
    public async Task AskAsync_OtherProjectNamedAfterOnesFigure_AsksTheSameOfIt(string first, string then, Intent intent, double value)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, first);

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal((intent, (decimal?)value), (answer.Intent, answer.Value));
        Assert.DoesNotContain(answer.Projects, p => first.StartsWith(p.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("去掉信息所的", "天津市科学技术信息研究所", 36)]        // 43 less 信息所's 7; it said no project's name held 信息所
    [InlineData("不要资源配置处的", "天津市科学技术局资源配置与管理处", 16)]
    [InlineData("排除战略院", "天津市科学技术发展战略研究院", 35)]
    public async Task AskAsync_DepartmentDroppedFromAList_LeavesItsProjectsOut(string drop, string department, int left)
    {
        var id = Guid.NewGuid().ToString();
        var before = await fixture.Engine.AskAsync(id, "满意度≥95%的项目");

        var answer = await fixture.Engine.AskAsync(id, drop);

        Assert.Equal((Intent.List, left), (answer.Intent, answer.Projects.Count));
        Assert.All(answer.Projects, p => Assert.Contains(before.Projects, b => b.Name == p.Name));
        Assert.DoesNotContain(answer.Projects, p => p.Department == department);
        Assert.Equal(left, before.Projects.Count(p => p.Department != department));
    }

    [Fact]
    public async Task AskAsync_DepartmentDroppedWithNothingBefore_IsUnclear()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "去掉信息所的");

        Assert.Equal(Intent.Unclear, answer.Intent); // it listed the 83 tables of the other departments
        Assert.Empty(answer.Projects);
    }

    [Fact]
    public async Task AskAsync_RowsOfACategoryAmongTheLastProjects_CountsThatCategory()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所的项目有哪些");

        var answer = await fixture.Engine.AskAsync(id, "其中满意度指标多少条");

        Assert.Equal(12m, answer.Value); // one per table: it counted all 89 rows of the 12 tables
        Assert.Contains("条满意度指标", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_FollowUpWithNothingRead_IsNotThePreviousQuestionAgain()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所的项目");
        await fixture.Engine.AskAsync(id, "满意度呢");

        var answer = await fixture.Engine.AskAsync(id, "天气呢");

        Assert.True(answer.Intent is Intent.Unknown or Intent.Unclear); // it listed the 满意度 rows again
        Assert.Empty(answer.Projects);
    }

    [Theory]
    [InlineData("时效呢")]       // 时效 without 指标 was not read
    [InlineData("那时效指标呢")] // it showed the 满意度 rows again, among tables that also have a 时效 row
    public async Task AskAsync_CategoryAfterAnIndicatorsRows_ShowsThatCategorysRowsInstead(string then)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所的项目");
        await fixture.Engine.AskAsync(id, "满意度呢");

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(12, answer.Projects.Count);
        Assert.Contains("专项工作完成时效", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("系统使用人员满意度", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_BareFirstNFigureAfterAList_IsOverThatList()
    {
        var id = Guid.NewGuid().ToString();
        var list = await fixture.Engine.AskAsync(id, "天开园相关的项目");

        var answer = await fixture.Engine.AskAsync(id, "最便宜的三个加起来多少");

        // It added up the corpus's three cheapest tables (22), none of them about 天开园.
        Assert.Equal(list.Projects.Select(p => p.Budget).Order().Take(3).Sum(), answer.Value);
        Assert.All(answer.Projects, p => Assert.Contains(list.Projects, l => l.Name == p.Name));
    }

    [Fact]
    public async Task AskAsync_ThoseAfterACountOfNone_AreNone()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "哪些项目预算超过了100万元？");
        await fixture.Engine.AskAsync(id, "其中有几个是信息所的？");
        Assert.Equal(0m, (await fixture.Engine.AskAsync(id, "那战略院的呢？")).Value);

        var answer = await fixture.Engine.AskAsync(id, "把它们列出来");

        // It worked on the two 信息所 tables of the answer before the count of none.
        Assert.Empty(answer.Projects);
        Assert.DoesNotContain("信息研究所", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_CategoryAfterNorms_GivesThatCategorysNorms()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "满意度一般设多少");

        var answer = await fixture.Engine.AskAsync(id, "成本指标呢");

        Assert.Equal(Intent.Norms, answer.Intent);
        Assert.Equal("成本指标", answer.Reading!.Subject); // it gave 满意度's norms again, among tables with a 成本 row
        Assert.StartsWith("按“2025年、指标“成本指标”", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ProjectNamedAfterAList_IsThatProjectAlone()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所的项目有哪些");

        var answer = await fixture.Engine.AskAsync(id, "那科技帮扶工程呢");

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal("科技帮扶工程", Assert.Single(answer.Projects).Name); // not 信息所's: it is 资源配置处's
    }

    [Fact]
    public async Task AskAsync_FirstTwoAfterASortedList_AddsTheFirstTwoShown()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "满意度目标不低于98%的项目");
        Assert.Equal(4m, (await fixture.Engine.AskAsync(id, "这里面信息所的有几个")).Value);

        var sorted = await fixture.Engine.AskAsync(id, "把这些项目按预算从高到低排一下");
        Assert.Equal(Intent.List, sorted.Intent); // it was counted again: an order asks for the list
        Assert.Equal([493m, 300m, 20m, 10m], sorted.Projects.Select(p => p.Budget));

        var firstTwo = await fixture.Engine.AskAsync(id, "前两个加起来多少");

        // It answered 390 万元: the corpus's first two tables, not the two just shown (493 + 300).
        Assert.Equal(793m, firstTwo.Value);
        Assert.Equal(sorted.Projects.Take(2).Select(p => p.Name), firstTwo.Projects.Select(p => p.Name));
    }

    [Theory]
    [InlineData("预算合计多少", 278)]          // it added up all 95 tables: 43913.51
    [InlineData("一共有多少个项目", 11)]
    [InlineData("平均预算是多少", 25.27)]
    [InlineData("所有项目的预算合计", 43913.51)] // said of every table: a question of its own
    [InlineData("科技局一共有多少个项目", 95)]
    public async Task AskAsync_BareFigureAfterAList_IsThatListsFigure(string question, double expected)
    {
        var id = Guid.NewGuid().ToString();
        Assert.Equal(11, (await fixture.Engine.AskAsync(id, "战略院的项目有哪些")).Projects.Count);

        var answer = await fixture.Engine.AskAsync(id, question);

        Assert.Equal((decimal)expected, answer.Value);
    }

    [Theory]
    [InlineData("最贵的是哪个", "市科技局网络安全和网络科技环境运维", 1)]    // of the 7 just counted; it ranked all 95 tables
    [InlineData("预算最高的3个项目是哪些", "天津市中央引导地方科技发展资金项目", 3)] // names what it ranks: a question of its own
    public async Task AskAsync_BareSuperlativeAfterAnAnswer_RanksThatAnswersProjects(string question, string first, int count)
    {
        var id = Guid.NewGuid().ToString();
        Assert.Equal(7m, (await fixture.Engine.AskAsync(id, "信息所满意度不低于95%的项目有几个")).Value);

        var answer = await fixture.Engine.AskAsync(id, question);

        Assert.Equal(count, answer.Projects.Count);
        Assert.Equal(first, answer.Projects[0].Name);
    }

    [Fact]
    public async Task AskAsync_ItsIndicatorsAfterOneProject_IsItsTable()
    {
        var id = Guid.NewGuid().ToString();
        var top = await fixture.Engine.AskAsync(id, "战略院预算最高的是哪个");

        var table = await fixture.Engine.AskAsync(id, "它的指标有哪些");

        // It listed the project again as a one-row list.
        Assert.Equal(Intent.Lookup, table.Intent);
        Assert.Equal(Assert.Single(top.Projects).Name, Assert.Single(table.Projects).Name);
        Assert.NotEmpty(table.Citations);
    }

    [Theory]
    [InlineData("信息所预算超过100万的项目", "检查一下这些项目", 2)]   // the reading named the two; all 95 tables were checked
    [InlineData("科技帮扶工程的预算是多少", "审核一下它", 1)]          // 审核 with only 它 to say what was not read at all
    public async Task AskAsync_CheckThemAfterAnAnswer_ReviewsThoseTablesOnly(string first, string check, int tables)
    {
        var id = Guid.NewGuid().ToString();
        var before = await fixture.Engine.AskAsync(id, first);

        var review = await fixture.Engine.AskAsync(id, check);

        Assert.Equal(Intent.Validate, review.Intent);
        Assert.Contains($"检查了 {tables} 张表", review.Text, StringComparison.Ordinal);
        Assert.All(review.Findings ?? [], f => Assert.Contains(before.Projects, p => p.Name == f.Project));
    }

    [Theory]
    [InlineData("科技帮扶工程的满意度目标是多少", "第二个呢")]      // an answer about one project has no second
    [InlineData("信息所的项目", "剩下的项目有几个")]              // the rest of what? It counted the same 12 again
    public async Task AskAsync_FollowUpWithNothingToPointAt_IsUnclear(string first, string followUp)
    {
        var id = Guid.NewGuid().ToString();
        Assert.NotEmpty((await fixture.Engine.AskAsync(id, first)).Projects);

        var answer = await fixture.Engine.AskAsync(id, followUp);

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Empty(answer.Projects);
    }

    [Fact]
    public async Task AskAsync_WhatIsLeftAfterADrop_IsThatRemainder()
    {
        var id = Guid.NewGuid().ToString();
        Assert.Equal(13, (await fixture.Engine.AskAsync(id, "预算过了900万的项目")).Projects.Count);
        await fixture.Engine.AskAsync(id, "去掉人工智能那个");
        Assert.Equal(34721.62m, (await fixture.Engine.AskAsync(id, "剩下这些加起来多少预算")).Value);

        var count = await fixture.Engine.AskAsync(id, "剩下的有几个");

        Assert.Equal(12m, count.Value);
    }

    [Theory]
    [InlineData("这几个里哪个满意度最高")]
    [InlineData("这几项里满意度最高的是哪个")]
    public async Task AskAsync_WhichOfTheseFew_ListsItNotACount(string question)
    {
        var id = Guid.NewGuid().ToString();
        Assert.Equal(4, (await fixture.Engine.AskAsync(id, "预算不到10万的项目")).Projects.Count);

        var which = await fixture.Engine.AskAsync(id, question);

        // 这几个 is the last answer's projects, not "how many": it was read as a count.
        Assert.Equal(Intent.List, which.Intent);
        Assert.Equal("药物研究院住房改革支出", Assert.Single(which.Projects).Name);
    }

    [Fact]
    public async Task AskAsync_WhatAboutAnotherDepartment_RepeatsTheQuestionForIt()
    {
        var id = Guid.NewGuid().ToString();
        Assert.Equal(1025m, (await fixture.Engine.AskAsync(id, "信息所的项目预算合计")).Value);

        var other = await fixture.Engine.AskAsync(id, "那战略院呢？");

        Assert.Equal(Intent.Sum, other.Intent);
        Assert.Equal(278m, other.Value);
    }

    [Fact]
    public async Task AskAsync_WhichOneAfterASum_ListsItNotTheSumAgain()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所有哪些项目");
        Assert.Equal(1025m, (await fixture.Engine.AskAsync(id, "这些项目的预算合计")).Value);

        var which = await fixture.Engine.AskAsync(id, "其中满意度最高的是哪个");

        // It answered 823 万元, the sum of the four tied at the top, as if the sum had been asked again.
        Assert.Equal(Intent.List, which.Intent);
        Assert.Null(which.Value);
        Assert.All(which.Projects, p => Assert.Equal("天津市科学技术信息研究所", p.Department));
        Assert.NotEmpty(which.Projects);
    }

    [Fact]
    public async Task AskAsync_ConditionAfterOneProjectsAnswer_IsNotReadAsItsLookUp()
    {
        var id = Guid.NewGuid().ToString();
        Assert.Equal(800m, (await fixture.Engine.AskAsync(id, "预算高于500万低于1000万的项目总额")).Value); // one project

        var sum = await fixture.Engine.AskAsync(id, "其中满意度是90%的项目预算加起来多少");

        // It said the project had no 满意度 indicator: the look-up of one project's rows, condition and sum dropped.
        Assert.Equal(Intent.Sum, sum.Intent);
        Assert.DoesNotContain("这类指标", sum.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_AnotherDepartmentAfterOneProjectsRow_AsksItOfThatDepartment()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所的项目有哪些");
        await fixture.Engine.AskAsync(id, "其中预算最高的是哪个");
        var row = await fixture.Engine.AskAsync(id, "它的满意度目标呢");
        Assert.Equal(Intent.Lookup, row.Intent);

        var other = await fixture.Engine.AskAsync(id, "那战略院呢");

        // 战略院's 11 projects with their 满意度 rows, not "none": the one project of the last answer is not in 战略院.
        Assert.Equal(11, other.Projects.Count);
        Assert.All(other.Projects, p => Assert.Equal("天津市科学技术发展战略研究院", p.Department));
        Assert.All(other.Projects, p => Assert.Contains(other.Citations, c => c.Project == p.Name)); // each with its 满意度 row
    }

    [Fact]
    public async Task AskAsync_RefineATopic_KeepsTheTopic()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "和人工智能相关的项目有哪些？");

        var refined = await fixture.Engine.AskAsync(id, "其中满意度不低于95%的呢");

        Assert.Contains(refined.Projects, p => p.Name == "人工智能创新发展服务工作");
        Assert.DoesNotContain(refined.Projects, p => p.Name == "新一代人工智能重大专项");
    }

    [Fact]
    public async Task AskAsync_DraftWithoutBudget_AsksThenDraftsOnTheAnswer()
    {
        var id = Guid.NewGuid().ToString();
        var question = await fixture.Engine.AskAsync(id, "帮我起草一个科技成果转化培训项目的绩效目标表");
        Assert.Null(question.Draft);
        Assert.Contains("预算", question.Text, StringComparison.Ordinal);

        var draft = await fixture.Engine.AskAsync(id, "预算40万元");

        Assert.Equal(Intent.Draft, draft.Intent);
        Assert.Equal(40m, draft.Draft!.Budget.Total);
    }

    [Fact]
    public async Task AskAsync_NewQuestionAfterNorms_IsNotTakenAsAFollowUp()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "满意度一般设多少？");

        var top = await fixture.Engine.AskAsync(id, "预算最高的3个项目是哪些？");

        Assert.Equal(Intent.List, top.Intent);
        Assert.Equal(3, top.Projects.Count);
    }

    [Fact]
    public async Task AskAsync_SeparateConversations_DoNotShareState()
    {
        await fixture.Engine.AskAsync("x-" + Guid.NewGuid(), "信息所的项目预算合计");

        var fresh = await fixture.Engine.AskAsync("y-" + Guid.NewGuid(), "那战略院呢？");

        Assert.NotEqual(Intent.Sum, fresh.Intent);
    }

    [Theory]
    [InlineData("这个项目的预算是多少")]   // it added up all 95 tables
    [InlineData("那个项目有哪些指标")]     // it listed all 95
    [InlineData("该项目的满意度是多少")]
    public async Task AskAsync_OneProjectPointedAtWithNothingBefore_IsUnclear(string question)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Empty(answer.Projects);
        Assert.Null(answer.Value);
    }

    [Theory]
    [InlineData("它的预算是多少")]         // it gave the 12 tables' total, 1025 万元
    [InlineData("这个项目一共有多少钱")]
    public async Task AskAsync_FigureOfOneAfterSeveral_IsUnclearAndSaysHowMany(string then)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "信息所有哪些项目");

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Contains("12 个项目", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_OnePointedAtAfterOne_IsThatProject()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "科技奖励评审服务的预算是多少");

        var rows = await fixture.Engine.AskAsync(id, "这个项目的满意度是多少");
        var budget = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "科技奖励评审服务这个项目的预算是多少");

        Assert.Equal("科技奖励评审服务", Assert.Single(rows.Projects).Name);
        Assert.Equal(90m, budget.Value);
    }

    [Theory]
    [InlineData("时效呢", "时效指标", "于2025年12月中旬前")]   // 时效 without 指标 was not read
    [InlineData("那质量呢", "质量指标", "经费拨付率")]
    [InlineData("成本呢", "成本指标", "≤150万元")]
    public async Task AskAsync_BareCategoryAfterOneProject_IsThatProjectsRows(string then, string category, string row)
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "科技帮扶工程的预算是多少");

        var answer = await fixture.Engine.AskAsync(id, then);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal("科技帮扶工程", Assert.Single(answer.Projects).Name);
        Assert.Contains(category, answer.Text, StringComparison.Ordinal);
        Assert.Contains(row, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_NameBeforeTheDropVerb_LeavesThatProjectOut()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "名称里带“评审”的项目");

        var dropped = await fixture.Engine.AskAsync(id, "把科技奖励评审服务去掉");   // it was refused
        var left = await fixture.Engine.AskAsync(id, "还剩几个");                    // 剩 was left unread
        var money = await fixture.Engine.AskAsync(id, "剩多少预算");

        Assert.Equal(4, dropped.Projects.Count);
        Assert.DoesNotContain(dropped.Projects, p => p.Name == "科技奖励评审服务");
        Assert.Equal(4m, left.Value);
        Assert.Equal(270m, money.Value);
    }

    [Fact]
    public async Task AskAsync_TargetRangeThenADepartment_KeepsTheRange()
    {
        var id = Guid.NewGuid().ToString();
        var all = await fixture.Engine.AskAsync(id, "满意度高于90%但低于99%的项目");

        var narrowed = await fixture.Engine.AskAsync(id, "其中信息所的呢");

        Assert.Equal(31, all.Projects.Count);
        Assert.Equal(3, narrowed.Projects.Count);
        Assert.Contains(">90%且<99%", narrowed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_MoneyAfterADepartmentCount_IsTheMoneyNotTheCountAgain()
    {
        var id = Guid.NewGuid().ToString();
        var count = await fixture.Engine.AskAsync(id, "一共有几个部门");

        var money = await fixture.Engine.AskAsync(id, "这些部门的预算合计");

        Assert.Equal(4m, count.Value);
        Assert.Equal(Intent.Sum, money.Intent);
        Assert.Equal(43913.51m, money.Value);
    }
}
