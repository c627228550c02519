using Microsoft.Playwright;

namespace Assistant.Bot.Tests.Browser;

/// <summary>
/// The page as a clerk sees it, on a desktop (1280 px) and a phone (390 px): the newest answer and its Word and Excel
/// buttons are in view above the fixed input bar, nothing widens the page, and a shared link asks once. Each run keeps
/// a screenshot per width in the test output's screenshots folder.
/// </summary>
public sealed class WebChatLayoutTests : IDisposable
{
    private const int Timeout = 30_000;
    private readonly string _data = Directory.CreateTempSubdirectory("layout-test-").FullName;

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Ask_AtWidth_NewestAnswerAndItsExportButtonsAreVisibleAboveTheInput(int width, int height)
    {
        await using var session = await BrowserSession.StartAsync(_data);
        var page = await session.PageAsync(width, height);
        await page.GotoAsync(session.Address);

        // Two answers, so the newest must be scrolled to: a list (exportable) after a long answer.
        await AskAsync(page, "专家库人数一般定多少？", 1);
        await AskAsync(page, "预算最高的3个项目是哪些？", 2);

        var newest = page.Locator("article.assistant").Last;
        var buttons = newest.Locator("a.export");
        Assert.Equal(["下载 Word", "下载 Excel"], await buttons.AllInnerTextsAsync());
        var form = (await page.Locator("form#ask").BoundingBoxAsync())!;
        foreach (var element in new[] { newest.Locator("table").First, buttons.First, buttons.Last })
        {
            Assert.True(await element.IsVisibleAsync());
            var box = (await element.BoundingBoxAsync())!;
            Assert.True(box.Y >= 0 && box.Y + box.Height <= form.Y, $"{width}px: element at {box.Y}–{box.Y + box.Height}, input bar from {form.Y}");
        }

        // Nothing makes the whole page scroll sideways (a wide table scrolls inside its answer).
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Screenshots, $"webchat-{width}.png") });

        // The Word button downloads this answer's three tables.
        var download = await page.RunAndWaitForDownloadAsync(() => buttons.First.ClickAsync());
        var file = await download.PathAsync();
        var tables = Retrieval.Documents.DocumentFormats.Parse("2025-export.docx", await File.ReadAllBytesAsync(file)).Projects;
        Assert.Equal(3, tables.Count);
    }

    [Fact]
    public async Task SharedLink_Reloaded_IsAskedOnce()
    {
        await using var session = await BrowserSession.StartAsync(_data);
        var page = await session.PageAsync(1280, 800);
        await page.GotoAsync(session.Address + "?q=" + Uri.EscapeDataString("一共有多少个项目？"));
        await page.Locator("article.assistant:not(.pending)").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        Assert.DoesNotContain("?q=", page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();
        await page.Locator("article.assistant").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        Assert.Equal(1, await page.Locator("article.user").CountAsync()); // the conversation shown, not asked again
        Assert.Equal(1, await page.Locator("article.assistant").CountAsync());
    }

    private static async Task AskAsync(IPage page, string question, int answers)
    {
        await page.FillAsync("#question", question);
        await page.PressAsync("#question", "Enter");
        await page.Locator("article.assistant:not(.pending)").Nth(answers - 1).WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
