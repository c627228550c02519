using System.Text.Json;
using Assistant.Bot.Cli;

namespace Assistant.Bot.Tests.Cli;

public sealed class AskCommandTests
{
    [Fact]
    public async Task AskStdin_JsonLines_AnswersInOrderSharingStateByConversation()
    {
        var input = new StringReader(string.Join('\n',
            """{"q": "信息所的项目预算合计", "conversation": "a"}""",
            """{"q": "一共有多少个项目？", "conversation": "b"}""",
            """{"q": "那战略院呢？", "conversation": "a"}""",
            "满意度一般设多少",
            "not json {",
            """{"conversation": "c"}"""));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLineApp.RunAsync(
            ["ask", "--stdin", "--format", "json", "--corpus", CliRunner.Corpus, "--data", CliRunner.Data], input, output, error);

        Assert.Equal(0, code);
        var answers = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, answers.Count);
        Assert.Equal(1025m, answers[0].GetProperty("value").GetDecimal());
        Assert.Equal(95m, answers[1].GetProperty("value").GetDecimal());
        Assert.Equal(278m, answers[2].GetProperty("value").GetDecimal());
        Assert.Equal(90m, answers[3].GetProperty("value").GetDecimal());
        Assert.Equal("unknown", answers[5].GetProperty("intent").GetString());
        foreach (var name in new[] { "question", "intent", "text", "projects", "value", "unit", "citations", "draft", "findings" })
        {
            Assert.True(answers[0].TryGetProperty(name, out _), name);
        }

        var project = answers[0].GetProperty("projects")[0];
        Assert.Equal(["name", "department", "budget", "year"], project.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["project", "indicator", "value", "year"], answers[0].GetProperty("citations")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(2025, answers[0].GetProperty("citations")[0].GetProperty("year").GetInt32()); // a citation names the year of its table
    }

    [Fact]
    public async Task Ask_SingleQuestionText_PrintsMarkdown()
    {
        var (code, output, _) = await CliRunner.RunAsync("ask", "预算最高的3个项目是哪些？");

        Assert.Equal(0, code);
        Assert.Contains("| 1 | 天津市中央引导地方科技发展资金项目 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_TypedQuestions_AnswersUntilQuit()
    {
        var input = new StringReader("一共有多少个项目？\n退出\n");
        using var output = new StringWriter();

        var code = await CommandLineApp.RunAsync(["chat", "--corpus", CliRunner.Corpus, "--data", CliRunner.Data], input, output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains("**95**", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"本次对话编号：chat-{Environment.ProcessId}", output.ToString(), StringComparison.Ordinal);
    }
}
