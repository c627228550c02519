using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Answers;
using Assistant.Bot.Channels.Rendering;

namespace Assistant.Bot.Tests.Channels.Rendering;

/// <summary>
/// The satisfaction-threshold answer (43 projects, the first 20 listed) as each messenger gets it. DingTalk's markdown
/// and Feishu's card are compared whole with golden files written from the documented message formats
/// (<c>ASSISTANT_UPDATE_GOLDEN=1</c> rewrites them, to be reviewed as a diff); the card is checked for its table.
/// </summary>
public sealed class RenderingTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private const string Question = "哪些项目的服务对象满意度目标不低于95%？";
    private const string PublicBase = "https://zhushou.example.gov.cn";

    [Fact]
    public async Task DingTalk_SatisfactionList_IsNumberedListsNotAPipeTable()
    {
        var answer = await AnswerAsync();

        var markdown = DingTalkMarkdown.Render(answer, AnswerLinks.Of(answer, PublicBase));

        Assert.DoesNotContain("| --- |", markdown, StringComparison.Ordinal);
        Assert.Contains("\n1. **", markdown, StringComparison.Ordinal);
        Assert.Contains("\n20. **", markdown, StringComparison.Ordinal);
        Assert.Contains("共 43 个", markdown, StringComparison.Ordinal);
        Assert.Contains("[下载 Excel](https://zhushou.example.gov.cn/api/export/", markdown, StringComparison.Ordinal);
        Golden("dingtalk-satisfaction.md", Tokenless(markdown));
    }

    [Fact]
    public async Task Feishu_SatisfactionList_IsACardWithATableComponent()
    {
        var answer = await AnswerAsync();

        var card = FeishuCard.Render(answer, AnswerLinks.Of(answer, PublicBase));

        var table = Assert.Single(card["elements"]!.AsArray(), e => (string?)e!["tag"] == "table")!;
        Assert.Equal(5, table["columns"]!.AsArray().Count);
        Assert.Equal(20, table["rows"]!.AsArray().Count);
        Assert.Equal("1", (string?)table["rows"]![0]!["c0"]);
        Golden("feishu-satisfaction.json", Tokenless(card.ToJsonString(Indented)));
    }

    [Fact]
    public async Task AdaptiveCard_SatisfactionList_HasATableWithAHeaderRowAndTheDownloads()
    {
        var answer = await AnswerAsync();

        var card = AdaptiveCardAnswer.Render(answer, AnswerLinks.Of(answer, PublicBase));

        Assert.Equal(("AdaptiveCard", "1.5"), ((string?)card["type"], (string?)card["version"]));
        var table = Assert.Single(card["body"]!.AsArray(), b => (string?)b!["type"] == "Table")!;
        Assert.True((bool)table["firstRowAsHeader"]!);
        Assert.Equal(21, table["rows"]!.AsArray().Count); // the header and the 20 listed
        Assert.All(table["rows"]!.AsArray(), r => Assert.Equal(5, r!["cells"]!.AsArray().Count));
        Assert.Equal(["下载 Word", "下载 Excel", "在网页中查看"], card["actions"]!.AsArray().Select(a => (string?)a!["title"]));
        Assert.Equal(Question, Uri.UnescapeDataString(((string)card["actions"]![2]!["url"]!).Split("?q=")[1]));
        // Microsoft's parser reads it without a single event (an unknown element or property would be one).
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "cards")).FullName, "satisfaction.json");
        await File.WriteAllTextAsync(file, card.ToJsonString());
        var (code, report) = AdaptiveCardParser.Parse(file);
        Assert.True(code == 0, report);
        Assert.Contains("\"events\":[]", report, StringComparison.Ordinal);
    }

    [Fact]
    public void AdaptiveCardParser_MisspelledElement_IsReported()
    {
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "cards")).FullName, "misspelled.json");
        File.WriteAllText(file, """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Tabel","rows":[]}]}""");

        var (code, report) = AdaptiveCardParser.Parse(file);

        Assert.Equal(1, code);
        Assert.Contains("Tabel", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PublicBase)]
    [InlineData(null)]
    public async Task WeCom_SatisfactionList_FitsIn2048BytesAndSaysWhereTheRestIs(string? publicBase)
    {
        var answer = await AnswerAsync();

        var text = WeComText.Render(answer, AnswerLinks.Of(answer, publicBase));

        Assert.True(Encoding.UTF8.GetByteCount(text) <= WeComText.MaxBytes, $"{Encoding.UTF8.GetByteCount(text)} bytes");
        Assert.StartsWith("按“", text, StringComparison.Ordinal); // the reading line first
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.Contains("1. ", text, StringComparison.Ordinal);
        Assert.Contains(publicBase is null ? "请在网页版查看完整回答" : "完整回答：https://zhushou.example.gov.cn/?q=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeCom_ShortAnswer_IsSentWhole()
    {
        var answer = await fixture.Engine.AskAsync(Guid.NewGuid().ToString(), "技术市场服务的预算是多少");

        var text = WeComText.Render(answer, AnswerLinks.Of(answer, PublicBase));

        Assert.DoesNotContain("内容较长", text, StringComparison.Ordinal);
        Assert.Contains("1. 技术市场服务；部门：", text, StringComparison.Ordinal); // its one-row table as a line
        Assert.DoesNotContain("|", text, StringComparison.Ordinal);
    }

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private Task<Answer> AnswerAsync() => fixture.Engine.AskAsync(Guid.NewGuid().ToString(), Question);

    // Download links name a fresh random snapshot each time.
    private static string Tokenless(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "api/export/[0-9a-f]{32}", "api/export/TOKEN");

    private static void Golden(string name, string actual)
    {
        var source = Path.Combine(SourceFolder(), "Golden", name);
        if (Environment.GetEnvironmentVariable("ASSISTANT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
        }

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name)).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
