using Assistant.Bot.Tests.Channels;
using Microsoft.Playwright;

namespace Assistant.Bot.Tests.Browser;

/// <summary>The real host on a loopback port and Debian's Chromium driven headless by Playwright.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly AssistantFactory _factory;
    private readonly IPlaywright _playwright;

    private BrowserSession(AssistantFactory factory, IPlaywright playwright, IBrowser browser)
    {
        (_factory, _playwright, Browser) = (factory, playwright, browser);
        Address = factory.ClientOptions.BaseAddress.ToString();
    }

    public IBrowser Browser { get; }

    public string Address { get; }

    /// <summary>Where screenshots are kept as test output (next to the test assembly).</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static async Task<BrowserSession> StartAsync(string data)
    {
        ChromiumInstaller.Ensure(Chromium);
        var factory = new AssistantFactory(data);
        factory.UseKestrel(0);
        factory.StartServer();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new BrowserSession(factory, playwright, browser);
    }

    /// <summary>A page of the given viewport size.</summary>
    public Task<IPage> PageAsync(int width, int height) =>
        Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }
}
