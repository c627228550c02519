namespace Assistant.Bot.Channels.DingTalk;

/// <summary>The DingTalk (钉钉) enterprise robot. Configuration section <c>DingTalk</c>; on only when <c>AppSecret</c> is set.</summary>
public sealed class DingTalkOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "DingTalk";

    /// <summary>The robot's AppSecret (<c>DingTalk:AppSecret</c>), used to verify the <c>sign</c> header.</summary>
    public string? AppSecret { get; set; }

    /// <summary>Replies go only to session webhooks under this prefix (<c>DingTalk:WebhookPrefix</c>).</summary>
    public string WebhookPrefix { get; set; } = "https://oapi.dingtalk.com/";

    /// <summary>True when the channel is on.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(AppSecret);
}
