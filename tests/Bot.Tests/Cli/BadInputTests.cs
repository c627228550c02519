using Assistant.Bot.Cli;

namespace Assistant.Bot.Tests.Cli;

/// <summary>A bad value on the command line is one line saying what, and exit code 2: never a stack trace.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("--budget 必须大于 0", "draft", "--name", "x", "--budget", "0")]
    [InlineData("--name 不能为空", "draft", "--name", "", "--budget", "5")]
    [InlineData("--scale 不能小于 1", "bench", "--scale", "0")]
    [InlineData("--limit 不能小于 1", "search", "量子", "--limit", "0")]
    [InlineData("--format 只能是 text 或 json（收到「xml」）", "ask", "--format", "xml", "一共有多少个项目")]
    [InlineData("未识别", "ask", "--bogus", "一共有多少个项目")]
    [InlineData("请给出一个表格文件，或用 --all", "validate")]
    public async Task RunAsync_BadValue_IsOneChineseLineNamingItAndExitCode2(string says, params string[] args)
    {
        var (code, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("输入有误：", error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("draft", "--help")]
    public async Task RunAsync_Help_IsInChinese(params string[] args)
    {
        var (code, output, _) = await CliRunner.RunAsync(args);

        Assert.Equal(0, code);
        foreach (var heading in new[] { "说明:", "用法:", "选项:", "显示帮助和用法" })
        {
            Assert.Contains(heading, output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Description:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "文件是空的：")]
    [InlineData("\u0000\u0001binary", "不是文本、Word（.docx）或 Excel（.xlsx）表格文件")]
    [InlineData("这不是表格\n", "这一行不在任何单元格中")]
    public async Task Validate_FileThatIsNoTable_SaysWhyNamingTheFile(string content, string says)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("validate-").FullName, "表格.txt");
        await File.WriteAllTextAsync(file, content);

        var (code, output, error) = await CliRunner.RunAsync("validate", file);

        Assert.Equal(2, code);
        Assert.Contains(says, output + error, StringComparison.Ordinal);
        Assert.Contains("表格.txt", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_FormatInCapitals_IsAccepted()
    {
        var (code, output, _) = await CliRunner.RunAsync("ask", "--format", "JSON", "一共有多少个项目");

        Assert.Equal(0, code);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
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
