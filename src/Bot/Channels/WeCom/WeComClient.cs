using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.WeCom;

/// <summary>
/// Fetches files users send the application: the media download API by MediaId, with an application access token
/// (corp id and Secret) cached (a singleton) until five minutes before it expires.
/// </summary>
public sealed class WeComClient(HttpClient http, IOptions<WeComOptions> options,
    [FromKeyedServices(nameof(WeComClient))] CachedToken token)
{
    /// <summary>The file of <paramref name="mediaId"/>, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="HttpRequestException">The file could not be fetched (no <c>WeCom:Secret</c>, or a failed call).</exception>
    public async Task<byte[]?> DownloadAsync(string mediaId, long maxBytes, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Secret))
        {
            throw new HttpRequestException("WeCom:Secret is not set: files cannot be fetched");
        }

        var access = await TokenAsync(ct).ConfigureAwait(false);
        var url = new Uri($"{o.ApiBase.TrimEnd('/')}/cgi-bin/media/get?access_token={Uri.EscapeDataString(access)}&media_id={Uri.EscapeDataString(mediaId)}");
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        // An error comes back as JSON with errcode instead of the file.
        if (response.Content.Headers.ContentType?.MediaType is "application/json" or "text/plain")
        {
            throw new HttpRequestException("the media download API refused: " + await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        }

        return await BoundedDownload.ReadAsync(response, maxBytes, ct).ConfigureAwait(false);
    }

    private Task<string> TokenAsync(CancellationToken ct) => token.GetAsync(async token =>
    {
        var o = options.Value;
        using var response = await http.GetAsync(new Uri($"{o.ApiBase.TrimEnd('/')}/cgi-bin/gettoken?corpid={Uri.EscapeDataString(o.CorpId!)}&corpsecret={Uri.EscapeDataString(o.Secret!)}"),
            token).ConfigureAwait(false);
        return await TokenResponse.ReadAsync(response, "access_token", "expires_in", 7200, token).ConfigureAwait(false);
    }, ct);
}
