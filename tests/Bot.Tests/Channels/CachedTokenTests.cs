using Assistant.Bot.Channels;

namespace Assistant.Bot.Tests.Channels;

public sealed class CachedTokenTests
{
    [Fact]
    public async Task GetAsync_ReusesUntilFiveMinutesBeforeExpiry()
    {
        var clock = new ManualClock();
        var cache = new CachedToken(clock);
        var fetches = 0;
        Task<(string, int)> Fetch(CancellationToken _) => Task.FromResult(($"token-{++fetches}", 3600));

        var first = await cache.GetAsync(Fetch, default);
        clock.Advance(TimeSpan.FromMinutes(54));
        var reused = await cache.GetAsync(Fetch, default);
        clock.Advance(TimeSpan.FromMinutes(2));
        var renewed = await cache.GetAsync(Fetch, default);

        Assert.Equal(("token-1", "token-1", "token-2"), (first, reused, renewed));
    }
}
