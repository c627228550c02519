using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.Feishu;

/// <summary>Replies to Feishu messages with a tenant access token, cached until five minutes before it expires.</summary>
public sealed class FeishuClient(HttpClient http, IOptions<FeishuOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset Expires)? _token;

    /// <summary>Replies to <paramref name="messageId"/> with text.</summary>
    public async Task ReplyAsync(string messageId, string text, CancellationToken ct)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{o.ApiBase.TrimEnd('/')}/open-apis/im/v1/messages/{Uri.EscapeDataString(messageId)}/reply"))
        {
            Content = JsonContent.Create(new { msg_type = "text", content = JsonSerializer.Serialize(new { text }) }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct).ConfigureAwait(false));
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_token is { } cached && clock.GetUtcNow() < cached.Expires - TimeSpan.FromMinutes(5))
            {
                return cached.Token;
            }

            var o = options.Value;
            using var response = await http.PostAsJsonAsync(new Uri($"{o.ApiBase.TrimEnd('/')}/open-apis/auth/v3/tenant_access_token/internal"),
                new { app_id = o.AppId, app_secret = o.AppSecret }, ct).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), cancellationToken: ct).ConfigureAwait(false);
            var token = json.RootElement.GetProperty("tenant_access_token").GetString()!;
            var seconds = json.RootElement.TryGetProperty("expire", out var e) && e.TryGetInt32(out var s) ? s : 7200;
            _token = (token, clock.GetUtcNow().AddSeconds(seconds));
            return token;
        }
        finally
        {
            _lock.Release();
        }
    }
}
