using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Bot.Tests.Channels;
using Assistant.Bot.Tests.Cli;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Documents;

namespace Assistant.Bot.Tests.Documents;

public sealed class IngestExportTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ingest-corpus-").FullName;
    private readonly string _data = Directory.CreateTempSubdirectory("ingest-data-").FullName;
    private readonly string _work = Directory.CreateTempSubdirectory("ingest-work-").FullName;

    public IngestExportTests()
    {
        foreach (var file in Directory.GetFiles(CliRunner.Corpus, "*.txt"))
        {
            File.Copy(file, Path.Combine(_corpus, Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task Ingest_GoodDocx_JoinsTheCorpusAndIndex()
    {
        var docx = NewTableFile("2026-new-tables.docx", "量子信息科普活动");

        var (code, output) = await RunAsync("ingest", docx);

        Assert.Equal(0, code);
        Assert.Contains("96 个项目", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_corpus, "2026-new-tables.docx")));
        var (_, answer) = await RunAsync("ask", "量子信息科普活动有哪些指标", "--format", "json");
        Assert.Equal("量子信息科普活动", JsonDocument.Parse(answer).RootElement.GetProperty("projects")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Ingest_UnfilledDraft_IsRefusedNamingTheRow()
    {
        var template = Project("未填完的草稿");
        var draft = template with { Indicators = [template.Indicators[0] with { Value = "【请填写数值，如≥10场】" }, .. template.Indicators.Skip(1)] };
        var path = Path.Combine(_work, "2026-draft.docx");
        await File.WriteAllBytesAsync(path, Docx([draft]));

        var (code, output) = await RunAsync("ingest", path);

        Assert.Equal(2, code);
        Assert.Contains("【请填写…】", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_corpus, "2026-draft.docx")));
    }

    [Fact]
    public async Task Ingest_TableAlreadyInTheCorpus_IsRefused()
    {
        var path = Path.Combine(_work, "2025-again.docx");
        await File.WriteAllBytesAsync(path, Docx([CorpusLoader.Load(CliRunner.Corpus).Projects[0]]));

        var (code, output) = await RunAsync("ingest", path);

        Assert.Equal(2, code);
        Assert.Contains("2025 年已有", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corrupt.docx")]
    [InlineData("notes.docx")]
    [InlineData("gap.docx")]
    public async Task Ingest_MalformedDocx_ChangesNothing(string kind)
    {
        var before = Directory.GetFiles(_corpus).Select(Path.GetFileName).Order().ToList();
        var path = Path.Combine(_work, kind);
        await File.WriteAllBytesAsync(path, kind switch
        {
            "corrupt.docx" => [0x50, 0x4B, 0x03, 0x04, 9, 9, 9],
            "notes.docx" => Docx([]),
            _ => RemoveLastCell(Docx([Project("缺列的表")])),
        });

        var (code, output) = await RunAsync("ingest", path);

        Assert.Equal(2, code);
        Assert.Contains("读取错误", output, StringComparison.Ordinal);
        Assert.Contains("未导入", output, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(_corpus).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public async Task Export_Project_WritesATableThatReadsBack(string format)
    {
        var target = Path.Combine(_work, "out." + format);

        var (code, _) = await RunAsync("export", "--project", "科技奖励评审服务", "--format", format, "--out", target);

        Assert.Equal(0, code);
        var read = DocumentFormats.Parse("2025-out." + format, await File.ReadAllBytesAsync(target));
        Assert.Equal("科技奖励评审服务", Assert.Single(read.Projects).Name);
    }

    [Fact]
    public async Task Export_Draft_WritesTheConversationsLastDraft()
    {
        await RunAsync("ask", "帮我起草一个科普进社区活动项目的绩效目标表，预算30万元", "--conversation", "drafting");
        var target = Path.Combine(_work, "draft.docx");

        var (code, _) = await RunAsync("export", "--draft", "drafting", "--out", target);

        Assert.Equal(0, code);
        var project = Assert.Single(DocumentFormats.Parse("2025-draft.docx", await File.ReadAllBytesAsync(target)).Projects);
        Assert.Equal(("科普进社区活动项目", 30m), (project.Name, project.Budget.Total));
    }

    [Fact]
    public async Task RunningServer_FileAddedToCorpus_IsAnsweredWithoutRestart()
    {
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string> { ["Retrieval:CorpusPath"] = _corpus });
        using var client = factory.CreateClient();
        Assert.Equal(95, JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement.GetProperty("projects").GetInt32());

        var (code, _) = await RunAsync("ingest", NewTableFile("2026-more.docx", "深海探测科普活动"));
        Assert.Equal(0, code);

        var projects = 95;
        for (var i = 0; i < 100 && projects == 95; i++)
        {
            await Task.Delay(100);
            projects = JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement.GetProperty("projects").GetInt32();
        }

        Assert.Equal(96, projects);
        var answer = await client.PostAsJsonAsync("/api/chat", new { conversation = "new", q = "深海探测科普活动有哪些指标" });
        Assert.Contains("深海探测科普活动", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _corpus, _data, _work })
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string NewTableFile(string name, string projectName)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllBytes(path, Docx([Project(projectName)]));
        return path;
    }

    private static Project Project(string name)
    {
        var template = CorpusLoader.Load(CliRunner.Corpus).Projects[1];
        return template with { Name = name, Seq = 1 };
    }

    private static byte[] Docx(IReadOnlyList<Project> projects)
    {
        using var stream = new MemoryStream();
        DocxTableWriter.Write(projects, stream);
        return stream.ToArray();
    }

    private static byte[] RemoveLastCell(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: true))
        {
            document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Last()
                .Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Last().Remove();
        }

        return stream.ToArray();
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await Bot.Cli.CommandLineApp.RunAsync([.. args, "--corpus", _corpus, "--data", _data], TextReader.Null, output, output);
        return (code, output.ToString());
    }
}
