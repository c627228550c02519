namespace Assistant.Bot.Channels.WeCom;

/// <summary>The WeCom (企业微信) application callback. Configuration section <c>WeCom</c>; on only when all three are set.</summary>
public sealed class WeComOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "WeCom";

    /// <summary>The callback Token (<c>WeCom:Token</c>).</summary>
    public string? Token { get; set; }

    /// <summary>The 43-character EncodingAESKey (<c>WeCom:EncodingAesKey</c>).</summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>The corp id (<c>WeCom:CorpId</c>), checked on every decrypted message.</summary>
    public string? CorpId { get; set; }

    /// <summary>
    /// The application's Secret (<c>WeCom:Secret</c>): needed only to fetch files users send (the media download API
    /// takes an access token for the application).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>The API base address (<c>WeCom:ApiBase</c>) for access tokens and media downloads.</summary>
    public string ApiBase { get; set; } = "https://qyapi.weixin.qq.com";

    /// <summary>The largest accepted difference between a callback's timestamp and the clock, in minutes (<c>WeCom:MaxClockSkewMinutes</c>).</summary>
    public int MaxClockSkewMinutes { get; set; } = 5;

    /// <summary>True when the channel is on.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Token) && !string.IsNullOrWhiteSpace(EncodingAesKey) && !string.IsNullOrWhiteSpace(CorpId);

    /// <summary>Configuration problems, each naming its key.</summary>
    public IReadOnlyList<string> Problems()
    {
        var set = new[] { Token, EncodingAesKey, CorpId }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (set is > 0 and < 3)
        {
            return [$"{SectionName}:Token, {SectionName}:EncodingAesKey and {SectionName}:CorpId must be set together"];
        }

        if (MaxClockSkewMinutes is < 1 or > 1440)
        {
            return [$"{SectionName}:MaxClockSkewMinutes must be between 1 and 1440 (got {MaxClockSkewMinutes})"];
        }

        if (!Enabled)
        {
            return [];
        }

        if (EncodingAesKey!.Length != 43)
        {
            return [$"{SectionName}:EncodingAesKey must be 43 characters (got {EncodingAesKey.Length})"];
        }

        // The key is Base64 of 32 bytes without its trailing '='; anything else would fail on every request.
        var bytes = new byte[33];
        return Convert.TryFromBase64String(EncodingAesKey + "=", bytes, out var length) && length == 32
            ? []
            : [$"{SectionName}:EncodingAesKey must be the Base64 of 32 bytes (43 characters from A–Z, a–z, 0–9, + and /)"];
    }
}
