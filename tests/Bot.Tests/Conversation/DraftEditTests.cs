using Assistant.Bot.Understanding;

namespace Assistant.Bot.Tests.Conversation;

/// <summary>Changing the last draft in chat: each change applied by code and the draft reviewed again.</summary>
public sealed class DraftEditTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private const string Request = "帮我起草一个科技成果转化对接服务项目的绩效目标表，预算60万元";

    [Fact]
    public async Task AskAsync_ChangesAfterADraft_AreAppliedInTurnAndReviewed()
    {
        var conversation = Guid.NewGuid().ToString();
        var first = await fixture.Engine.AskAsync(conversation, Request);
        var rows = first.Draft!.Indicators.Count;

        var satisfaction = await fixture.Engine.AskAsync(conversation, "把满意度改成98%");
        var removed = await fixture.Engine.AskAsync(conversation, "删掉第1行");
        var added = await fixture.Engine.AskAsync(conversation, "加一个培训人次指标，≥300人次");
        var budget = await fixture.Engine.AskAsync(conversation, "预算改成80万");

        Assert.All(satisfaction.Draft!.Indicators.Where(r => r.Level1 == "满意度指标"), r => Assert.Equal("≥98%", r.Value)); // the ≥ kept
        Assert.Equal(rows - 1, removed.Draft!.Indicators.Count);
        Assert.Contains(added.Draft!.Indicators, r => r is { Level3: "培训人次", Value: "≥300人次", Level2: "数量指标" });
        Assert.Equal(80m, budget.Draft!.Budget.Total);
        Assert.Contains(budget.Draft.Indicators, r => r is { Level3: "项目总成本", Value: "≤80万元" });
        Assert.StartsWith("按“2025年、把草稿的预算改为80万元”理解", budget.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(budget.Findings!, f => f.Severity == Assistant.Plugins.Validation.Severity.Error);
    }

    [Fact]
    public async Task AskAsync_RemovingARequiredLevel_IsReviewedAndTheErrorShown()
    {
        var conversation = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(conversation, Request);

        var answer = await fixture.Engine.AskAsync(conversation, "删除满意度指标");

        Assert.Contains(answer.Findings!, f => f.Rule == "R02");
    }

    [Theory]
    [InlineData("检查一下这个草稿")]   // it was not understood (草稿 unread)
    [InlineData("草稿有没有问题")]
    public async Task AskAsync_ReviewAfterADraft_ReviewsItUnchanged(string question)
    {
        var conversation = Guid.NewGuid().ToString();
        var first = await fixture.Engine.AskAsync(conversation, Request);
        await fixture.Engine.AskAsync(conversation, "删除满意度指标");

        var answer = await fixture.Engine.AskAsync(conversation, question);

        Assert.Equal(Intent.Draft, answer.Intent);
        Assert.Equal(first.Draft!.Indicators.Count - 1, answer.Draft!.Indicators.Count);   // the last draft, as it was left
        Assert.Contains(answer.Findings!, f => f.Rule == "R02");
        Assert.StartsWith("按“2025年、按审核规则检查上一份草稿（不修改）”理解", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ChangeWithoutADraft_IsNotAppliedToAnything()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "把满意度改成95%");

        Assert.Null(answer.Draft);
        Assert.Null(answer.Value);
        Assert.Empty(answer.Projects);
    }

    [Theory]
    [InlineData("把满意度改成95%", "set")]
    [InlineData("第3行改为≥10场", "set")]
    [InlineData("删掉第三行", "remove")]
    [InlineData("把成本指标删掉", "remove")]
    [InlineData("加一个培训人次指标，≥300人次", "add")]
    [InlineData("预算改成八十万", "budget")]
    [InlineData("部门是信息所", "department")]
    [InlineData("部门：战略院", "department")]
    [InlineData("是健研院的项目", "department")]
    [InlineData("检查一下这个草稿", "review")]
    [InlineData("满意度一般设多少", null)]
    [InlineData("去年的满意度", null)]
    public void Read_Question_ReadsTheChangeOrNothing(string question, string? action)
    {
        Assert.Equal(action, DraftEditReader.Read(question)?.Action);
    }

    [Theory]
    [InlineData("帮信息所起草一个科技期刊编辑项目的绩效目标表，预算30万元", "天津市科学技术信息研究所")]
    [InlineData("帮我起草一个科技成果登记服务项目的绩效目标表，部门：战略院，预算30万元", "天津市科学技术发展战略研究院")]
    [InlineData("帮我起草一个科普活动项目的绩效目标表，预算30万元", "")]
    [InlineData("起草一个人工智能产业调研项目，预算80万，信息所", "天津市科学技术信息研究所")]   // a clause of its own: it asked again
    [InlineData("起草一个科普活动项目，预算30万，战略院的", "天津市科学技术发展战略研究院")]
    [InlineData("起草一个科普活动项目，预算30万，下半年开展", "")]                             // a clause naming no department
    public async Task AskAsync_DraftRequest_TakesTheDepartmentItNamesOrAsksForIt(string request, string department)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), request);

        Assert.Equal(department, answer.Draft!.Department);
        Assert.Equal(department.Length == 0, answer.Draft.Warnings!.Any(w => w.Contains("部门", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("部门是信息所", "天津市科学技术信息研究所")]   // what the draft's own warning tells the clerk to say: it listed 信息所's projects
    [InlineData("部门：战略院", "天津市科学技术发展战略研究院")]
    public async Task AskAsync_DepartmentNamedAfterADraft_FillsItAndDropsTheWarning(string said, string department)
    {
        var conversation = Guid.NewGuid().ToString();
        var first = await fixture.Engine.AskAsync(conversation, "起草一个科普活动项目，预算30万");
        Assert.Contains(first.Draft!.Warnings!, w => w.Contains("部门", StringComparison.Ordinal));

        var answer = await fixture.Engine.AskAsync(conversation, said);

        Assert.Equal(Intent.Draft, answer.Intent);
        Assert.Equal(department, answer.Draft!.Department);
        Assert.DoesNotContain(answer.Draft.Warnings!, w => w.Contains("没有说明是哪个部门", StringComparison.Ordinal));
        Assert.Equal(first.Draft.Indicators, answer.Draft.Indicators);
    }

    [Fact]
    public async Task AskAsync_ChangeThatCannotApply_SaysWhyAndKeepsTheDraft()
    {
        var conversation = Guid.NewGuid().ToString();
        var first = await fixture.Engine.AskAsync(conversation, Request);

        var failed = await fixture.Engine.AskAsync(conversation, "删掉第30行");
        var next = await fixture.Engine.AskAsync(conversation, "删掉第1行");

        Assert.Equal(Intent.Unclear, failed.Intent);
        Assert.Contains($"草稿只有 {first.Draft!.Indicators.Count} 行", failed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", failed.Text, StringComparison.Ordinal);
        Assert.Equal(first.Draft.Indicators.Count - 1, next.Draft!.Indicators.Count); // the draft was lost after the failure
    }

    [Fact]
    public async Task AskAsync_OtherQuestionAfterADraft_IsNotADraftAgain()
    {
        var conversation = Guid.NewGuid().ToString();
        await fixture.Engine.AskAsync(conversation, "起草一个科普活动项目，预算30万");
        await fixture.Engine.AskAsync(conversation, "部门是信息所");

        var answer = await fixture.Engine.AskAsync(conversation, "今天天气怎么样");

        Assert.NotEqual(Intent.Draft, answer.Intent); // it applied the last change again and showed the draft
        Assert.Null(answer.Draft);
    }

    [Theory]
    [InlineData("写一个绩效目标表")]                         // it drafted a table named 「绩效」
    [InlineData("帮我起草一个项目")]                         // and one named 「个项目」
    [InlineData("起草一个新项目的绩效目标表，预算50万")]
    public async Task AskAsync_DraftRequestWithoutAName_AsksForTheName(string request)
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), request);

        Assert.Null(answer.Draft);
        Assert.Contains("请告诉我新项目的名称", answer.Text, StringComparison.Ordinal);
    }
}
