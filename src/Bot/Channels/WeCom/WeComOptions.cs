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

        return Enabled && EncodingAesKey!.Length != 43 ? [$"{SectionName}:EncodingAesKey must be 43 characters (got {EncodingAesKey.Length})"] : [];
    }
}
