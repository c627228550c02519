using Assistant.Bot.Cli;

namespace Assistant.Bot.Tests.Cli;

/// <summary>A bad value on the command line is one line saying what, and exit code 2: never a stack trace.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("draft", "--name", "x", "--budget", "0")]
    [InlineData("draft", "--name", "", "--budget", "5")]
    [InlineData("bench", "--scale", "0")]
    [InlineData("ask", "--format", "xml", "一共有多少个项目")]
    [InlineData("ask", "--bogus", "一共有多少个项目")]
    public async Task RunAsync_BadValue_IsOneLineAndExitCode2(params string[] args)
    {
        var (code, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("输入有误：", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_AWholePageOfText_IsCappedNotACrash()
    {
        var (code, _, error) = await CliRunner.RunAsync("search", string.Concat(Enumerable.Repeat("科技成果转化服务", 400)));

        Assert.Equal(0, code);
        Assert.Empty(error);
    }

    [Fact]
    public async Task AskStdin_EmptyLine_GetsItsOwnUnclearLine()
    {
        using var output = new StringWriter();

        await CommandLineApp.RunAsync(["ask", "--stdin", "--format", "json", "--corpus", CliRunner.Corpus, "--data", CliRunner.Data],
            new StringReader("一共有多少个项目\n\n信息所的项目预算合计\n"), output, TextWriter.Null);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"intent\":\"unclear\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"value\":1025", lines[2], StringComparison.Ordinal);
    }
}
