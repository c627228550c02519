namespace Assistant.Bot.Tests.Cli;

/// <summary>A bad value on the command line is one line saying what, and exit code 2: never a stack trace.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("draft", "--name", "x", "--budget", "0")]
    [InlineData("draft", "--name", "", "--budget", "5")]
    [InlineData("bench", "--scale", "0")]
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
}
