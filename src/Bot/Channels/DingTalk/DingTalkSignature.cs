using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Assistant.Bot.Channels.DingTalk;

/// <summary>DingTalk's callback signature: Base64(HMAC-SHA256(key: appSecret, data: timestamp + "\n" + appSecret)).</summary>
public static class DingTalkSignature
{
    /// <summary>The largest accepted clock difference.</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromHours(1);

    /// <summary>The signature of <paramref name="timestamp"/> (milliseconds since 1970) under <paramref name="appSecret"/>.</summary>
    public static string Compute(string timestamp, string appSecret)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(appSecret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(timestamp + "\n" + appSecret));
        return Convert.ToBase64String(mac);
    }

    /// <summary>True when the sign matches and the timestamp is within an hour of <paramref name="now"/>.</summary>
    public static bool Verify(string? timestamp, string? sign, string appSecret, DateTimeOffset now)
    {
        if (timestamp is null || sign is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return false;
        }

        if ((now - DateTimeOffset.FromUnixTimeMilliseconds(ms)).Duration() > MaxSkew)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(timestamp, appSecret)), Encoding.ASCII.GetBytes(sign));
    }
}
