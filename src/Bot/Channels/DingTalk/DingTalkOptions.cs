namespace Assistant.Bot.Channels.DingTalk;

/// <summary>The DingTalk (钉钉) enterprise robot. Configuration section <c>DingTalk</c>; on only when <c>AppSecret</c> is set.</summary>
public sealed class DingTalkOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "DingTalk";

    /// <summary>The robot's AppSecret (<c>DingTalk:AppSecret</c>), used to verify the <c>sign</c> header.</summary>
    public string? AppSecret { get; set; }

    /// <summary>
    /// The robot's AppKey (<c>DingTalk:AppKey</c>, also its robotCode): needed only to fetch files users send (the
    /// file download API takes an access token for the app).
    /// </summary>
    public string? AppKey { get; set; }

    /// <summary>The Open API base address (<c>DingTalk:ApiBase</c>) for access tokens and file downloads.</summary>
    public string ApiBase { get; set; } = "https://api.dingtalk.com";

    /// <summary>Replies go only to session webhooks under this prefix (<c>DingTalk:WebhookPrefix</c>).</summary>
    public string WebhookPrefix { get; set; } = "https://oapi.dingtalk.com/";

    /// <summary>
    /// True when <paramref name="webhook"/> is an absolute URL with the prefix's scheme, host and port and a path
    /// under the prefix's path: compared as a URL, so <c>https://oapi.dingtalk.com.evil.example/</c> is not accepted
    /// even when the prefix lacks its trailing slash.
    /// </summary>
    public bool AllowsWebhook(string? webhook)
    {
        if (!Uri.TryCreate(webhook, UriKind.Absolute, out var url) || !Uri.TryCreate(WebhookPrefix, UriKind.Absolute, out var prefix))
        {
            return false;
        }

        var path = prefix.AbsolutePath.EndsWith('/') ? prefix.AbsolutePath : prefix.AbsolutePath + "/";
        return string.Equals(url.Scheme, prefix.Scheme, StringComparison.OrdinalIgnoreCase) &&
               string.Equals(url.IdnHost, prefix.IdnHost, StringComparison.OrdinalIgnoreCase) &&
               url.Port == prefix.Port &&
               url.UserInfo.Length == 0 &&
               (url.AbsolutePath + "/").StartsWith(path, StringComparison.Ordinal);
    }

    /// <summary>True when the channel is on.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(AppSecret);
}
