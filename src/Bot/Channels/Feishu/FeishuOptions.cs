namespace Assistant.Bot.Channels.Feishu;

/// <summary>The Feishu (飞书) event callback. Configuration section <c>Feishu</c>; on when AppId, AppSecret and VerificationToken are set.</summary>
public sealed class FeishuOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Feishu";

    /// <summary>The app id (<c>Feishu:AppId</c>).</summary>
    public string? AppId { get; set; }

    /// <summary>The app secret (<c>Feishu:AppSecret</c>), for the tenant access token used to reply.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The Verification Token (<c>Feishu:VerificationToken</c>) every event must carry.</summary>
    public string? VerificationToken { get; set; }

    /// <summary>The Encrypt Key (<c>Feishu:EncryptKey</c>) when event encryption is on; empty otherwise.</summary>
    public string? EncryptKey { get; set; }

    /// <summary>The Open API base address (<c>Feishu:ApiBase</c>).</summary>
    public string ApiBase { get; set; } = "https://open.feishu.cn";

    /// <summary>True when the channel is on.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppSecret) && !string.IsNullOrWhiteSpace(VerificationToken);
}
