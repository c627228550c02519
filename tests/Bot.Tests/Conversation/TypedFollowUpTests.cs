using Assistant.Bot.Understanding;

namespace Assistant.Bot.Tests.Conversation;

/// <summary>Follow-ups on the typed query: replace a condition of the same kind, refine, leave out, aggregate the previous answer.</summary>
public sealed class TypedFollowUpTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task AskAsync_NewBudgetRange_ReplacesTheOldOneInsteadOfIntersecting()
    {
        var conversation = Guid.NewGuid().ToString();

        var first = await fixture.Engine.AskAsync(conversation, "预算在60万到80万之间的项目有几个");
        var second = await fixture.Engine.AskAsync(conversation, "换成85万到125万呢");

        Assert.Equal(6m, first.Value);                        // 60, 60, 70, 70, 75, 77.1
        Assert.Equal(4m, second.Value);                       // 90, 100, 110, 120
        Assert.All(second.Projects, p => Assert.InRange(p.Budget, 85m, 125m));
    }

    [Fact]
    public async Task AskAsync_LeaveOneOutThenSumTheRest_UsesThePreviousProjects()
    {
        var conversation = Guid.NewGuid().ToString();

        var top = await fixture.Engine.AskAsync(conversation, "信息所和健研院预算最高的3个项目");
        var rest = await fixture.Engine.AskAsync(conversation, "去掉生物安全那个");
        var sum = await fixture.Engine.AskAsync(conversation, "剩下的一共多少预算");

        Assert.Equal([5360.77m, 500m, 493m], top.Projects.Select(p => p.Budget));
        Assert.Equal(2, rest.Projects.Count);
        Assert.DoesNotContain(rest.Projects, p => p.Name.Contains("生物安全", StringComparison.Ordinal));
        Assert.Equal(5853.77m, sum.Value);
    }

    [Fact]
    public async Task AskAsync_LeaveOutSomethingNotThere_IsUnclear()
    {
        var conversation = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(conversation, "信息所和健研院预算最高的3个项目");

        var answer = await fixture.Engine.AskAsync(conversation, "去掉量子那个");

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Empty(answer.Projects);
    }

    [Fact]
    public async Task AskAsync_NameOnlyThenAnywhere_WidensInsteadOfNarrowing()
    {
        var conversation = Guid.NewGuid().ToString();

        var names = await fixture.Engine.AskAsync(conversation, "名称里带“评审”的项目");
        var anywhere = await fixture.Engine.AskAsync(conversation, "不只看名称，表里任何地方提到评审的都算呢");

        Assert.NotEmpty(names.Projects);
        Assert.All(names.Projects, p => Assert.Contains("评审", p.Name, StringComparison.Ordinal));
        Assert.Superset(names.Projects.Select(p => p.Name).ToHashSet(), anywhere.Projects.Select(p => p.Name).ToHashSet());
        Assert.Contains(anywhere.Projects, p => !p.Name.Contains("评审", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_AverageOfThesePrevious_IsOverThePreviousProjects()
    {
        var conversation = Guid.NewGuid().ToString();

        await fixture.Engine.AskAsync(conversation, "战略院的项目有哪些");
        var average = await fixture.Engine.AskAsync(conversation, "这些项目平均每个多少预算");

        Assert.Equal(Intent.Figure, average.Intent);
        Assert.Equal(25.27m, average.Value);                  // 278 / 11
    }

    [Fact]
    public async Task AskAsync_NewRangeAfterThat_IsReadAsAnAmountNotAReference()
    {
        var conversation = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(conversation, "预算在100万到200万之间的项目有哪些");

        var answer = await fixture.Engine.AskAsync(conversation, "那200万到500万的呢");

        Assert.Equal(Intent.List, answer.Intent);
        Assert.NotEmpty(answer.Projects);
        Assert.All(answer.Projects, p => Assert.InRange(p.Budget, 200m, 500m));
    }

    [Theory]
    [InlineData("技术市场服务的预算是多少", "满意度目标呢", "技术市场服务", 95)]
    [InlineData("技术市场服务的预算是多少", "它的成本指标呢", "技术市场服务", 60)]
    public async Task AskAsync_AnotherRowOfTheSameProject_IsThatProjectsRow(string first, string then, string project, double value)
    {
        var conversation = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(conversation, first);

        var answer = await fixture.Engine.AskAsync(conversation, then);

        Assert.Equal(Intent.Lookup, answer.Intent);
        Assert.Equal(project, Assert.Single(answer.Projects).Name);
        Assert.Equal((decimal)value, answer.Value);
    }
}
