using Microsoft.Playwright;

namespace Assistant.Bot.Tests.Browser;

/// <summary>
/// The web page in a real browser: Debian's Chromium, driven headless by Playwright against the real host on a
/// loopback port. A fresh machine gets Debian's chromium installed by the test itself (as root), so `dotnet test`
/// runs it everywhere; where it cannot be installed the test fails, it is never skipped.
/// </summary>
public sealed class WebChatBrowserTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("browser-test-").FullName;

    [Fact]
    public async Task TypeQuestion_SeesTheAnswerTable()
    {
        await using var session = await BrowserSession.StartAsync(_data);
        var (browser, address) = (session.Browser, session.Address);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address);

        await page.FillAsync("#question", "预算最高的3个项目是哪些？");
        await page.PressAsync("#question", "Enter");
        var table = page.Locator("article.assistant table").First;
        await table.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        var rows = await table.Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(3, rows.Count);
        Assert.Contains("天津市中央引导地方科技发展资金项目", rows[0], StringComparison.Ordinal);
        Assert.Equal("预算（万元）", await table.Locator("th").Nth(3).InnerTextAsync());

        // The conversation is kept: a follow-up refines the answer on the same page.
        await page.FillAsync("#question", "第二个项目的指标");
        await page.PressAsync("#question", "Enter");
        await page.Locator("article.assistant").Nth(1).Locator("table").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Contains("天津医学健康研究院项目（2024年建设资金）", await page.Locator("article.assistant").Nth(1).InnerTextAsync(), StringComparison.Ordinal);

        // Example questions are offered.
        Assert.True(await page.Locator("button.example").CountAsync() >= 5);

        // A shared link asks its question on arrival.
        var linked = await browser.NewPageAsync();
        await linked.GotoAsync(address + "?q=" + Uri.EscapeDataString("一共有多少个项目？"));
        var strong = linked.Locator("article.assistant strong").First;
        await strong.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Equal("95", await strong.InnerTextAsync());
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
