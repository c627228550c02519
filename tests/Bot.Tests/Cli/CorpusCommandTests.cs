using System.Text.Json;
using Assistant.Bot.Cli;

namespace Assistant.Bot.Tests.Cli;

public sealed class CorpusCommandTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "corpus");

    [Fact]
    public async Task CorpusStats_Json_ReportsCountsBudgetAndUnreadable()
    {
        var (code, output, _) = await RunAsync("corpus", "stats", "--format", "json", "--corpus", Corpus);

        Assert.Equal(0, code);
        var stats = JsonDocument.Parse(output).RootElement.GetProperty("statistics");
        Assert.Equal(95, stats.GetProperty("projects").GetInt32());
        Assert.Equal(681, stats.GetProperty("indicators").GetInt32());
        Assert.Equal(43913.51m, stats.GetProperty("budget").GetProperty("total").GetDecimal());
        Assert.Equal(4, stats.GetProperty("departments").GetArrayLength());
        var unreadable = Assert.Single(stats.GetProperty("unreadable").EnumerateArray());
        Assert.Equal("≤122025年12月", unreadable.GetProperty("value").GetString());
        Assert.True(unreadable.GetProperty("source").GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public async Task CorpusStats_Text_PrintsTotals()
    {
        var (code, output, _) = await RunAsync("corpus", "stats", "--corpus", Corpus);

        Assert.Equal(0, code);
        Assert.Contains("95", output, StringComparison.Ordinal);
        Assert.Contains("43913.51", output, StringComparison.Ordinal);
        Assert.Contains("≤122025年12月", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorpusExport_Json_HasTheDocumentedShape()
    {
        var (code, output, _) = await RunAsync("corpus", "export", "--format", "json", "--corpus", Corpus);

        Assert.Equal(0, code);
        var projects = JsonDocument.Parse(output).RootElement.GetProperty("projects");
        Assert.Equal(95, projects.GetArrayLength());
        var first = projects[0];
        foreach (var name in new[] { "seq", "name", "department", "departmentCode", "budget", "usage", "goals", "source", "indicators" })
        {
            Assert.True(first.TryGetProperty(name, out _), name);
        }

        Assert.Equal(230.00m, first.GetProperty("budget").GetProperty("fiscal").GetDecimal());
        Assert.Equal(1, first.GetProperty("source").GetProperty("line").GetInt32());
        var target = first.GetProperty("indicators")[0].GetProperty("target");
        Assert.Equal("quantity", target.GetProperty("kind").GetString());
        Assert.Equal("≥", target.GetProperty("comparator").GetString());
        Assert.Equal(2000, target.GetProperty("number").GetDecimal());
        Assert.Equal("项", target.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, target.GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task CorpusStats_BrokenCorpus_ExitsNonZeroAndNamesFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("broken-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "bad.txt"), "[bookmark: x]1.坏项目绩效目标表\n\t331201部门\n\t单位：万元\n");

            var (code, output, _) = await RunAsync("corpus", "stats", "--corpus", folder);

            Assert.Equal(1, code);
            Assert.Contains("bad.txt:3", output, StringComparison.Ordinal);
            Assert.Contains("项目名称", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AnyVerb_MissingCorpusFolder_ExitsWithClearError()
    {
        var (code, _, error) = await RunAsync("corpus", "stats", "--corpus", "/nonexistent/corpus");

        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/corpus", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLineApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
