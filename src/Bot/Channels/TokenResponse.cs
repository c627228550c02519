using System.Text.Json;

namespace Assistant.Bot.Channels;

/// <summary>Reads a platform's access-token response: the token and its lifetime, under each platform's own field names.</summary>
public static class TokenResponse
{
    /// <summary>
    /// The token in <paramref name="tokenField"/> and its lifetime in seconds in <paramref name="lifetimeField"/>
    /// (<paramref name="defaultSeconds"/> when absent), for <see cref="CachedToken"/>.
    /// </summary>
    /// <exception cref="HttpRequestException">A failed call, or a response without the token (an error code instead).</exception>
    public static async Task<(string Token, int LifetimeSeconds)> ReadAsync(HttpResponseMessage response, string tokenField, string lifetimeField,
        int defaultSeconds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), cancellationToken: ct).ConfigureAwait(false);
        if (!json.RootElement.TryGetProperty(tokenField, out var token) || token.GetString() is not { Length: > 0 } value)
        {
            throw new HttpRequestException($"the token response has no {tokenField}: {json.RootElement.GetRawText()}");
        }

        var lifetime = json.RootElement.TryGetProperty(lifetimeField, out var e) && e.TryGetInt32(out var seconds) ? seconds : defaultSeconds;
        return (value, lifetime);
    }
}
