namespace Assistant.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Framework channel (Teams, Web Chat, Emulator). Configuration section <c>BotFramework</c>. With no
/// <c>AppId</c> every activity is refused (401), unless <c>AllowUnauthenticated</c> is set for the Emulator.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "BotFramework";

    /// <summary>The bot's Microsoft App ID (<c>BotFramework:AppId</c>); empty: the endpoint refuses every activity.</summary>
    public string? AppId { get; set; }

    /// <summary>
    /// Accept activities without a token when no app id is set (<c>BotFramework:AllowUnauthenticated</c>), for the
    /// Bot Framework Emulator on this machine: logged as a warning at start, and replies go only to loopback service URLs.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>The app password (<c>BotFramework:AppPassword</c>), required with an app id.</summary>
    public string? AppPassword { get; set; }

    /// <summary>OpenID metadata of the Bot Connector (<c>BotFramework:OpenIdMetadataUrl</c>).</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of Bot Connector tokens (<c>BotFramework:Issuer</c>).</summary>
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>Where outbound tokens are requested (<c>BotFramework:TokenEndpoint</c>).</summary>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    /// <summary>The scope of outbound tokens (<c>BotFramework:Scope</c>).</summary>
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>True when inbound tokens are validated and outbound calls authenticated.</summary>
    public bool Authenticated => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>Configuration problems, each naming its key.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Authenticated && string.IsNullOrWhiteSpace(AppPassword))
        {
            problems.Add($"{SectionName}:AppPassword is required when {SectionName}:AppId is set");
        }

        foreach (var (key, value) in new[] { ("OpenIdMetadataUrl", OpenIdMetadataUrl), ("TokenEndpoint", TokenEndpoint) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                problems.Add($"{SectionName}:{key} must be an absolute URL (got '{value}')");
            }
        }

        return problems;
    }
}
