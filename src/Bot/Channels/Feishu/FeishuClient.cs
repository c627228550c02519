using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.Feishu;

/// <summary>Replies to Feishu messages with a tenant access token, cached (a singleton) until five minutes before it expires.</summary>
public sealed class FeishuClient(HttpClient http, IOptions<FeishuOptions> options,
    [FromKeyedServices(nameof(FeishuClient))] CachedToken token)
{
    /// <summary>Replies to <paramref name="messageId"/> with an interactive card (an answer's <see cref="Rendering.FeishuCard"/>).</summary>
    public async Task ReplyAsync(string messageId, JsonObject card, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(card);
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{o.ApiBase.TrimEnd('/')}/open-apis/im/v1/messages/{Uri.EscapeDataString(messageId)}/reply"))
        {
            // The message API takes the card as a JSON string in content.
            Content = JsonContent.Create(new { msg_type = "interactive", content = card.ToJsonString(Cli.JsonOutput.Compact) }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct).ConfigureAwait(false));
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The file <paramref name="fileKey"/> sent in message <paramref name="messageId"/> (the message resource API), or
    /// null when it is larger than <paramref name="maxBytes"/>.
    /// </summary>
    public async Task<byte[]?> DownloadAsync(string messageId, string fileKey, long maxBytes, CancellationToken ct)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Get,
            new Uri($"{o.ApiBase.TrimEnd('/')}/open-apis/im/v1/messages/{Uri.EscapeDataString(messageId)}/resources/{Uri.EscapeDataString(fileKey)}?type=file"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct).ConfigureAwait(false));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        return await BoundedDownload.ReadAsync(response, maxBytes, ct).ConfigureAwait(false);
    }

    private Task<string> TokenAsync(CancellationToken ct) => token.GetAsync(async token =>
    {
        var o = options.Value;
        using var response = await http.PostAsJsonAsync(new Uri($"{o.ApiBase.TrimEnd('/')}/open-apis/auth/v3/tenant_access_token/internal"),
            new { app_id = o.AppId, app_secret = o.AppSecret }, token).ConfigureAwait(false);
        return await TokenResponse.ReadAsync(response, "tenant_access_token", "expire", 7200, token).ConfigureAwait(false);
    }, ct);
}
