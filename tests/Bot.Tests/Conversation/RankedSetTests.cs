using Assistant.Bot.Understanding;

namespace Assistant.Bot.Tests.Conversation;

/// <summary>
/// A first N, then a question within it (预算最高的5个项目中有几个是资源配置处的): the condition narrows the N projects; it
/// took part in the ranking (the five highest of 资源配置处: 5, not 4).
/// </summary>
public sealed class RankedSetTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("预算最高的5个项目中有几个是资源配置处的", 4)]   // 5850, 5360.77 (健研院), 5233.06, 3020.2, 3000: it said 5
    [InlineData("预算前十的项目里信息所有几个", 0)]               // 信息所's largest is 493: it said 10
    [InlineData("预算最高的10个项目中有几个是健研院的", 1)]     // its other table has 500 万
    public async Task AskAsync_CountWithinAFirstN_CountsAmongThoseN(string question, int expected)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Count, answer.Intent);
        Assert.Equal(expected, answer.Value);
        Assert.NotNull(answer.Reading!.WithinSaid);
        Assert.StartsWith($"按“2025年、{answer.Reading.WithinSaid}（", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ListWithinAFirstN_IsThoseOfTheNHoldingIt()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "预算最低的4个项目中有哪些是战略院的");

        // 6, 8, 8, 8.5 万: of these four only 2025年度科技重大专项监督评估与诚信管理 is 战略院's.
        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal("2025年度科技重大专项监督评估与诚信管理", Assert.Single(answer.Projects).Name);
    }

    [Theory]
    [InlineData("指标最少的3个项目中有几个是信息所的")]   // 48 tables share the fewest rows: which three is arbitrary
    [InlineData("预算最低的5个项目中有哪些是战略院的")]    // the fifth place, 10 万, is shared
    public async Task AskAsync_FirstNCutThroughTies_IsUnclear(string question)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Empty(answer.Projects);
        Assert.Contains("并列", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_FollowUpAfterAFirstNQuestion_IsThePreviousAnswer()
    {
        var id = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(id, "预算最高的5个项目中有几个是资源配置处的");

        var listed = await fixture.Engine.AskAsync(id, "把它们列出来");

        Assert.Equal(4, listed.Projects.Count);
        Assert.Contains("上一条回答的4个项目", listed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("预算最高的项目的专家库人数目标", "天津市中央引导地方科技发展资金项目", null)]  // it showed the highest of the 3 tables with one
    [InlineData("预算最高的项目的满意度是多少", "天津市中央引导地方科技发展资金项目", 85)]
    [InlineData("战略院预算最高的项目的满意度目标", "技术市场服务", 95)]
    [InlineData("预算第二高的项目的时效指标", "天津医学健康研究院项目（2024年建设资金）", null)]
    public async Task AskAsync_IndicatorOfARankedProject_RanksFirstThenLooksItUp(string question, string project, int? value)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal(project, Assert.Single(answer.Projects).Name);
        Assert.Equal(value, answer.Value is { } v ? (int?)v : null);
        Assert.Contains($"项目={project}（", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_IndicatorOfTheFirstThree_ListsThoseThreeWithIt()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "预算最高的三个项目的满意度");

        // 5850, 5360.77 and 5233.06 万: each has a 满意度 row; the ranking is over every table, not those holding one.
        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal(["天津市中央引导地方科技发展资金项目", "天津医学健康研究院项目（2024年建设资金）", "一般债券还息（地震模拟研究设施、设备购置、健研院、合成生物技创能力提升）"],
            answer.Projects.Select(p => p.Name));
    }

    [Fact]
    public async Task AskAsync_IndicatorOfATiedPlace_IsUnclear()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "指标最少的项目的满意度");

        // 48 tables share the fewest rows: which one's 满意度 is asked cannot be said.
        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Null(answer.Value);
    }

    [Theory]
    [InlineData("预算最高的项目的绩效目标是什么")]  // it showed the one table with a row holding 绩效目标 as the highest
    [InlineData("预算最高的项目有哪些指标")]        // it listed the project without its rows
    public async Task AskAsync_TableOfARankedProject_ShowsThatProjectsTable(string question)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), question);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal("天津市中央引导地方科技发展资金项目", Assert.Single(answer.Projects).Name);
        Assert.Contains("被服务对象满意度", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_TableOfSeveralRankedProjects_IsUnclear()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "预算最高的三个项目的绩效目标");

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Empty(answer.Projects);
    }
}
