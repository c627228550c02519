using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>
/// Validates the Bot Connector's JWT on inbound activities: signature by a key from the Bot Framework's OpenID
/// metadata, issuer, audience (the app id), lifetime, the <c>serviceurl</c> claim against the activity, and the signing
/// key's endorsement of the activity's channel.
/// </summary>
public sealed partial class BotFrameworkAuthenticator
{
    private readonly BotFrameworkOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<BotFrameworkAuthenticator> _logger;

    /// <summary>Creates the authenticator; metadata is fetched on first use and cached.</summary>
    public BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory http, ILogger<BotFrameworkAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        _options = options.Value;
        _logger = logger;
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(http.CreateClient(nameof(BotFrameworkAuthenticator))) { RequireHttps = _options.OpenIdMetadataUrl.StartsWith("https", StringComparison.OrdinalIgnoreCase) });
    }

    /// <summary>Checks the Authorization header of an activity; always accepted when no app id is configured.</summary>
    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorization, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_options.Authenticated)
        {
            return AuthenticationOutcome.Accepted;
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthenticated;
        }

        var token = authorization["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return AuthenticationOutcome.Unauthenticated;
        }

        OpenIdConnectConfiguration metadata;
        try
        {
            metadata = await _metadata.GetConfigurationAsync(ct).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            LogMetadataUnavailable(_logger, ex);
            return AuthenticationOutcome.Unauthenticated;
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudience = _options.AppId,
            IssuerSigningKeys = metadata.SigningKeys,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            LogRejected(_logger, result.Exception?.GetType().Name ?? "invalid");
            return AuthenticationOutcome.Unauthenticated;
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var claimed) ? claimed : null;
        if (serviceUrl is null || !string.Equals(serviceUrl.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Forbidden;
        }

        // The key that signed the token must be endorsed for the activity's channel.
        var key = metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => k.KeyId == jwt.Kid);
        if (key is null || activity.ChannelId is null || !Endorses(key, activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden;
        }

        return AuthenticationOutcome.Accepted;
    }

    private static bool Endorses(JsonWebKey key, string channel) =>
        key.AdditionalData.TryGetValue("endorsements", out var value) && value switch
        {
            IEnumerable<object> list => list.Any(e => string.Equals(e?.ToString(), channel, StringComparison.OrdinalIgnoreCase)),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } array =>
                array.EnumerateArray().Any(e => string.Equals(e.GetString(), channel, StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Framework token rejected ({Reason})")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Framework OpenID metadata unavailable")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception);
}
