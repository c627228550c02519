using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.WeCom;

/// <summary>
/// <c>GET /api/wecom</c> verifies the callback URL (returns the decrypted echostr); messages (<c>POST /api/wecom</c>)
/// are <see cref="WeComMessenger"/>'s.
/// </summary>
public static class WeComEndpoint
{
    /// <summary>URL verification.</summary>
    public static IResult Verify(HttpRequest request, WeComCrypto crypto, IOptions<WeComOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var q = request.Query;
        var echo = q["echostr"].FirstOrDefault();
        if (echo is null || !Fresh(q["timestamp"], options.Value, clock) || !crypto.Verify(q["msg_signature"], q["timestamp"].ToString(), q["nonce"].ToString(), echo))
        {
            return Results.Unauthorized();
        }

        try
        {
            return Results.Text(crypto.Decrypt(echo));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return Results.BadRequest(new { error = "echostr 无法解密" });
        }
    }

    // WeCom timestamps are seconds since 1970; outside the window a request is a replay or a forgery.
    internal static bool Fresh(string? timestamp, WeComOptions options, TimeProvider clock) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) &&
        seconds < 1L << 40 &&
        (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= TimeSpan.FromMinutes(options.MaxClockSkewMinutes);
}
