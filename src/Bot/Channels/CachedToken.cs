namespace Assistant.Bot.Channels;

/// <summary>
/// An access token for a messenger's API, fetched on first use and reused until five minutes before it expires.
/// Concurrent callers wait for one fetch.
/// </summary>
public sealed class CachedToken(TimeProvider clock)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset Expires)? _token;

    /// <summary>The token, fetching a new one with <paramref name="fetch"/> (token and lifetime in seconds) when needed.</summary>
    public async Task<string> GetAsync(Func<CancellationToken, Task<(string Token, int LifetimeSeconds)>> fetch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_token is { } cached && clock.GetUtcNow() < cached.Expires - Margin)
            {
                return cached.Token;
            }

            var (token, lifetime) = await fetch(ct).ConfigureAwait(false);
            _token = (token, clock.GetUtcNow().AddSeconds(lifetime));
            return token;
        }
        finally
        {
            _lock.Release();
        }
    }
}
