using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Documents;

namespace Assistant.Bot.Tests.Channels;

public sealed class WebDocumentTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("webdoc-test-").FullName;

    [Theory]
    [InlineData("导出为Word", "docx")]
    [InlineData("导出Excel", "xlsx")]
    public async Task ExportRequest_AfterADraft_LinksADownloadOfThatDraft(string request, string format)
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/chat", new { conversation = "d" + format, q = "帮我起草一个科普进社区活动项目的绩效目标表，预算30万元" });

        var link = await ExportLinkAsync(client, "d" + format, request, format);

        var file = await client.GetAsync("/" + link);
        file.EnsureSuccessStatusCode();
        var bytes = await file.Content.ReadAsByteArrayAsync();
        var project = Assert.Single(DocumentFormats.Parse("2025-draft." + format, bytes).Projects);
        Assert.Equal("科普进社区活动项目", project.Name);
        Assert.Empty(OpenXmlCheck.Errors(bytes, format));
        if (format == "docx")
        {
            // The margin note says it is a draft and how far to trust it, wherever the file travels.
            var note = OpenXmlCheck.Comments(bytes);
            Assert.Contains("草稿", note, StringComparison.Ordinal);
            Assert.Contains("可信度：", note, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("导出为Word", "docx")]
    [InlineData("导出Excel", "xlsx")]
    public async Task Export_AfterAListOfEveryProject_IsValidOpenXml(string request, string format)
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/chat", new { conversation = "all" + format, q = "列出所有项目" });
        var link = await ExportLinkAsync(client, "all" + format, request, format);

        var bytes = await (await client.GetAsync("/" + link)).Content.ReadAsByteArrayAsync();

        Assert.Equal(95, DocumentFormats.Parse("2025-all." + format, bytes).Projects.Count);
        Assert.Empty(OpenXmlCheck.Errors(bytes, format));
        Assert.Equal(string.Empty, format == "docx" ? OpenXmlCheck.Comments(bytes) : string.Empty); // no draft, no note
    }

    [Fact]
    public async Task Export_AfterAList_ExportsThoseProjects()
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/chat", new { conversation = "list", q = "哪些项目对专家库人数设了目标？" });
        var link = await ExportLinkAsync(client, "list", "导出Excel", "xlsx");

        var file = await client.GetAsync("/" + link);

        file.EnsureSuccessStatusCode();
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal(3, DocumentFormats.Parse("2025-list.xlsx", bytes).Projects.Count);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        var results = workbook.Worksheet(XlsxTableReader.ResultsSheet);
        Assert.Equal("我市科技专家库人数：≥8500人", results.Cell(2, 5).GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/export/00000000000000000000000000000000?format=docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/export/list?format=docx")).StatusCode);
    }

    [Fact]
    public async Task Upload_Docx_IsReadAndReviewed()
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();
        var exhibition = CorpusLoader.Load(Path.Combine(AppContext.BaseDirectory, "corpus")).Projects.Single(p => p.Name == "天津科技会展服务");
        using var docx = new MemoryStream();
        DocxTableWriter.Write([exhibition], docx);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(docx.ToArray()), "file", "会展.docx" } };

        var answer = JsonDocument.Parse(await (await client.PostAsync("/api/upload", form)).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("validate", answer.GetProperty("intent").GetString());
        Assert.Contains(answer.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "R04");
    }

    [Fact]
    public async Task Upload_CorruptFile_SaysItCannotBeRead()
    {
        await using var factory = new AssistantFactory(_data);
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "坏文件.docx" } };

        var answer = JsonDocument.Parse(await (await client.PostAsync("/api/upload", form)).Content.ReadAsStringAsync()).RootElement;

        Assert.Contains("没能完整读取", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportLink_WithPublicBaseUrl_IsAbsoluteForMessengers()
    {
        await using var factory = new AssistantFactory(_data, new Dictionary<string, string> { ["Conversation:PublicBaseUrl"] = "https://zhushou.example.gov.cn/" });
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/chat", new { conversation = "abs", q = "帮我起草一个科普进社区活动项目的绩效目标表，预算30万元" });

        var link = await ExportLinkAsync(client, "abs", "导出为Word", "docx");

        Assert.StartsWith("https://zhushou.example.gov.cn/api/export/", link, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static async Task<string> ExportLinkAsync(HttpClient client, string conversation, string request, string format)
    {
        var answer = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/chat", new { conversation, q = request })).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("export", answer.GetProperty("intent").GetString());
        var match = System.Text.RegularExpressions.Regex.Match(answer.GetProperty("text").GetString()!, @"\]\(([^)]+)\)");
        Assert.True(match.Success, answer.GetProperty("text").GetString());
        Assert.EndsWith("?format=" + format, match.Groups[1].Value, StringComparison.Ordinal);
        return match.Groups[1].Value;
    }
}
