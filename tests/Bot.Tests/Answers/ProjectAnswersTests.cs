namespace Assistant.Bot.Tests.Answers;

public sealed class ProjectAnswersTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task AskAsync_LongList_WritesTwentyRowsAndCarriesEveryProject()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "哪些项目的服务对象满意度目标不低于95%？");

        Assert.Equal(43, answer.Projects.Count); // the JSON answer carries the whole list
        Assert.Contains("共 43 个，以上列出前 20 个", answer.Text, StringComparison.Ordinal);
        Assert.Contains("导出Excel", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("| 21 |", answer.Text, StringComparison.Ordinal);
        Assert.Contains("| 20 |", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ShortList_WritesEveryRowWithoutANote()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "项目名称中包含“重大专项”的项目有哪些");

        Assert.Equal(5, answer.Projects.Count);
        Assert.DoesNotContain("以上列出前", answer.Text, StringComparison.Ordinal);
    }
}
