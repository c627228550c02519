using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.DingTalk;

/// <summary>
/// Fetches files users send the robot: the robot file download API turns a message's downloadCode into a short-lived
/// address, with an app access token cached (a singleton) until five minutes before it expires.
/// </summary>
public sealed class DingTalkClient(HttpClient http, IOptions<DingTalkOptions> options,
    [FromKeyedServices(nameof(DingTalkClient))] CachedToken token)
{
    /// <summary>The file of <paramref name="downloadCode"/>, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="HttpRequestException">The file could not be fetched (no <c>DingTalk:AppKey</c>, or a failed call).</exception>
    public async Task<byte[]?> DownloadAsync(string downloadCode, long maxBytes, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.AppKey))
        {
            throw new HttpRequestException("DingTalk:AppKey is not set: files cannot be fetched");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{o.ApiBase.TrimEnd('/')}/v1.0/robot/messageFiles/download"))
        {
            Content = JsonContent.Create(new { downloadCode, robotCode = o.AppKey }),
        };
        request.Headers.Add("x-acs-dingtalk-access-token", await TokenAsync(ct).ConfigureAwait(false));
        using var located = await http.SendAsync(request, ct).ConfigureAwait(false);
        located.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await located.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), cancellationToken: ct).ConfigureAwait(false);
        if (!json.RootElement.TryGetProperty("downloadUrl", out var address) || !Uri.TryCreate(address.GetString(), UriKind.Absolute, out var url) ||
            url.Scheme is not ("https" or "http"))
        {
            throw new HttpRequestException("the file download API gave no downloadUrl");
        }

        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        return await BoundedDownload.ReadAsync(response, maxBytes, ct).ConfigureAwait(false);
    }

    private Task<string> TokenAsync(CancellationToken ct) => token.GetAsync(async token =>
    {
        var o = options.Value;
        using var response = await http.PostAsJsonAsync(new Uri($"{o.ApiBase.TrimEnd('/')}/v1.0/oauth2/accessToken"),
            new { appKey = o.AppKey, appSecret = o.AppSecret }, token).ConfigureAwait(false);
        return await TokenResponse.ReadAsync(response, "accessToken", "expireIn", 7200, token).ConfigureAwait(false);
    }, ct);
}
