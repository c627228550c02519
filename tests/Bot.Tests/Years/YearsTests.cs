using System.Text.Json;
using Assistant.Bot.Answers;
using Assistant.Bot.Cli;
using Assistant.Bot.Conversation;
using Assistant.Bot.Hosting;
using Assistant.Bot.Understanding;
using Assistant.Retrieval.Corpus;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bot.Tests.Years;

/// <summary>Questions over a corpus holding two years of tables, the second made in the test from the first.</summary>
public sealed class YearsTests : IClassFixture<TwoYearCorpus>, IDisposable
{
    private readonly TwoYearCorpus _corpus;
    private readonly ServiceProvider _services;
    private readonly IConversationEngine _engine;

    public YearsTests(TwoYearCorpus corpus)
    {
        _corpus = corpus;
        _services = AssistantServices.Build(corpus.Folder, Directory.CreateTempSubdirectory("years-engine-").FullName);
        _engine = _services.GetRequiredService<IConversationEngine>();
    }

    [Fact]
    public async Task AskAsync_NoYearNamed_AnswersTheLatestAndSaysSo()
    {
        var answer = await Ask("一共有多少个项目？");

        Assert.Equal(95m, answer.Value);
        Assert.Equal(2026, answer.Year);
        Assert.StartsWith("按“2026年", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025年的预算合计是多少", 2025, 43913.51)]
    [InlineData("2026年的预算合计是多少", 2026, 43943.51)]
    [InlineData("2025年一共有几个项目", 2025, 95)]
    public async Task AskAsync_YearNamed_AnswersThatYearOnly(string question, int year, double expected)
    {
        var answer = await Ask(question);

        Assert.Equal((decimal)expected, answer.Value);
        Assert.Equal(year, answer.Year);
        Assert.Contains($"{year}年", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ListWithSeveralYearsHeld_NamesItsYear()
    {
        var answer = await Ask("2025年信息所的项目有哪些");

        Assert.Contains("的 2025 年项目共 12 个", answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Projects, p => Assert.Equal(2025, p.Year));
    }

    [Fact]
    public async Task Export_ListOfOneYear_HoldsThatYearsTablesOnly()
    {
        var conversation = Guid.NewGuid().ToString();
        await _engine.AskAsync(conversation, "2025年名称含“会展”的项目有哪些");
        var export = await _engine.AskAsync(conversation, "导出Excel");
        var token = export.Text.Split("api/export/")[1][..32];

        var file = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult>(Assistant.Bot.Channels.WebChat.DocumentEndpoints.Export(
            token, "xlsx", _services.GetRequiredService<IConversationStore>(), _services.GetRequiredService<Assistant.Retrieval.Hosting.CorpusProvider>(),
            _services.GetRequiredService<Assistant.Plugins.Queries.ProjectQueryEngine>()));

        using var stream = new MemoryStream(file.FileContents.ToArray());
        var text = Assistant.Retrieval.Documents.XlsxTableReader.ToExportText(stream);
        Assert.Contains("120.00", text, StringComparison.Ordinal); // 2025's budget, not 2026's 150
        Assert.DoesNotContain("150.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorpusStats_Json_ReportsEachYear()
    {
        using var output = new StringWriter();

        await CommandLineApp.RunAsync(["corpus", "stats", "--format", "json", "--corpus", _corpus.Folder, "--data", _corpus.Data], output, TextWriter.Null);

        var years = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([2025, 2026], years.Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(43913.51m, years[0].GetProperty("statistics").GetProperty("budget").GetProperty("total").GetDecimal());
        Assert.Equal(43943.51m, years[1].GetProperty("statistics").GetProperty("budget").GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task AskAsync_YearNotHeld_IsUnclearWithoutAFigure()
    {
        var answer = await Ask("2024年信息所的预算合计是多少");

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Null(answer.Value);
        Assert.Contains("2024", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ProjectInBothYears_AnswersItsLatestTableAndCitesTheYear()
    {
        var answer = await Ask($"{TwoYearCorpus.Changed}的预算是多少");

        Assert.Equal(150m, answer.Value);
        Assert.All(answer.Citations, c => Assert.Equal(2026, c.Year));
        var earlier = await Ask($"2025年{TwoYearCorpus.Changed}的预算是多少");
        Assert.Equal(120m, earlier.Value);
    }

    [Fact]
    public async Task AskAsync_ComparedWithLastYear_ListsEveryChangeWithBothValues()
    {
        var answer = await Ask($"{TwoYearCorpus.Changed}和上一年比有什么变化");

        Assert.Equal(Intent.Compare, answer.Intent);
        Assert.Contains("120.00万元 → 150.00万元", answer.Text, StringComparison.Ordinal);
        Assert.Contains("| ≥50家 | ≥60家 | 提高 |", answer.Text, StringComparison.Ordinal);
        Assert.Contains("| ≥95% | ≥90% | 降低 |", answer.Text, StringComparison.Ordinal);
        Assert.Contains("| ≤160万元 | — | 删除 |", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Year == 2025 && c.Value == "≥95%");
        Assert.Contains(answer.Citations, c => c.Year == 2026 && c.Value == "≥90%");
    }

    [Theory]
    [InlineData("比去年有哪些调整")]
    [InlineData("与去年相比有什么不同")]
    public async Task AskAsync_ComparisonWorded_IsReadAsAComparison(string wording)
    {
        var answer = await Ask(TwoYearCorpus.Changed + wording);

        Assert.Equal(Intent.Compare, answer.Intent);
    }

    [Fact]
    public async Task AskAsync_ComparisonWithAnUnreadCondition_IsNotAnsweredAsAComparison()
    {
        var answer = await Ask($"{TwoYearCorpus.Changed}的外包人员和上一年比有什么变化");

        Assert.NotEqual(Intent.Compare, answer.Intent);
    }

    [Fact]
    public async Task AskAsync_Norms_AreOfTheYearReadUnlessEveryYearIsAsked()
    {
        var latest = await Ask("满意度一般设多少");
        var both = await Ask("近两年满意度一般设多少");

        Assert.Contains("在 95 个项目", latest.Text, StringComparison.Ordinal);
        Assert.All(latest.Citations, c => Assert.Equal(2026, c.Year));
        Assert.All(latest.Projects, p => Assert.Equal(2026, p.Year));
        Assert.Contains("在 190 个项目", both.Text, StringComparison.Ordinal);
        Assert.Contains("2025、2026年（逐年）", both.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_TwoYearsCompared_GivesEachYearsFigure()
    {
        var answer = await Ask("两年的预算对比");

        Assert.Equal(Intent.Sum, answer.Intent);
        Assert.Null(answer.Value); // two figures, one per year, never one added up across years
        Assert.Contains("| 2025 | 43913.51 | 95 |", answer.Text, StringComparison.Ordinal);
        Assert.Contains("| 2026 | 43943.51 | 95 |", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_EveryYearOfOneTable_IsNotAnsweredAsOneYear()
    {
        var answer = await Ask($"近两年{TwoYearCorpus.Changed}有哪些绩效指标");

        Assert.Equal(Intent.Unclear, answer.Intent);
        Assert.Empty(answer.Projects);
    }

    [Fact]
    public async Task AskAsync_DraftOfAProjectWithTables_StartsFromItsLatestAndSaysSo()
    {
        var answer = await Ask($"帮我起草一个{TwoYearCorpus.Changed}的绩效目标表，预算160万元");

        Assert.Equal(Intent.Draft, answer.Intent);
        Assert.Equal(2026, answer.Draft!.CarriedFromYear);
        Assert.Equal(2027, answer.Draft.Year);
        Assert.Equal(2027, answer.Year);
        Assert.Contains("本项目已有 2026 年的表", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Draft.Indicators, r => r.Value == "≥60家"); // this year's value, not last year's
    }

    [Fact]
    public async Task AskCommand_Json_CarriesTheYear()
    {
        using var output = new StringWriter();

        var code = await CommandLineApp.RunAsync(["ask", "--format", "json", "2025年战略院的预算合计是多少", "--corpus", _corpus.Folder, "--data", _corpus.Data],
            output, TextWriter.Null);

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(2025, json.GetProperty("year").GetInt32());
        Assert.Equal(278m, json.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task ValidateCommand_All_FlagsWeakerTargetsAndDroppedRowsAgainstLastYear()
    {
        using var output = new StringWriter();

        await CommandLineApp.RunAsync(["validate", "--all", "--format", "json", "--corpus", _corpus.Folder, "--data", _corpus.Data], output, TextWriter.Null);

        var findings = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("findings").EnumerateArray().ToList();
        var changed = findings.Where(f => f.GetProperty("project").GetString() == TwoYearCorpus.Changed).ToList();
        var weaker = Assert.Single(changed, f => f.GetProperty("rule").GetString() == "R11");
        Assert.Equal("≥90%", weaker.GetProperty("value").GetString()!.Trim());
        var dropped = Assert.Single(changed, f => f.GetProperty("rule").GetString() == "R12");
        Assert.Equal("≤160万元", dropped.GetProperty("value").GetString()!.Trim());
        Assert.Contains("2025-", dropped.GetProperty("source").GetProperty("file").GetString(), StringComparison.Ordinal); // the row as it was
        // Every other project is the same a year on: no R11 or R12 for any of them.
        Assert.DoesNotContain(findings, f => f.GetProperty("rule").GetString() is "R11" or "R12" && f.GetProperty("project").GetString() != TwoYearCorpus.Changed);
    }

    [Fact]
    public void Ingest_SameYearAndNameInAnotherFile_IsRefusedAndChangesNothing()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"2026-again-{Guid.NewGuid():N}.txt");
        File.Copy(Path.Combine(_corpus.Folder, "2026-tianjin-science-technology-bureau-performance-targets.txt"), copy);
        try
        {
            var report = CorpusIngest.Ingest(_corpus.Folder, [copy]);

            Assert.False(report.Accepted);
            Assert.Contains(report.Files.Single().Errors, e => e.Message.Contains("2026 年已有", StringComparison.Ordinal));
            Assert.Equal(2, Directory.GetFiles(_corpus.Folder, "*.txt").Length);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    public void Dispose() => _services.Dispose();

    private Task<Answer> Ask(string question) => _engine.AskAsync(Guid.NewGuid().ToString(), question);
}
