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
    private readonly TimeProvider _clock;
    private readonly Lock _refreshLock = new();
    private readonly HttpDocumentRetriever _documents;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;
    private OpenIdConnectConfiguration? _fresh;

    /// <summary>The least time between two refreshes forced by an unknown key id.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);

    // The Bot Connector signs with RSA; anything else (none, HMAC with a public key as secret) is refused.
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>Creates the authenticator; metadata is fetched on first use and cached.</summary>
    public BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory http, ILogger<BotFrameworkAuthenticator> logger, TimeProvider clock)
    {
        _clock = clock;
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        _options = options.Value;
        _logger = logger;
        _documents = new HttpDocumentRetriever(http.CreateClient(nameof(BotFrameworkAuthenticator)))
        {
            RequireHttps = _options.OpenIdMetadataUrl.StartsWith("https", StringComparison.OrdinalIgnoreCase),
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), _documents);
    }

    /// <summary>
    /// Checks the Authorization header of an activity. Without an app id, refused unless
    /// <see cref="BotFrameworkOptions.AllowUnauthenticated"/> is set and the activity's service URL is on this machine.
    /// </summary>
    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorization, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_options.Authenticated)
        {
            if (!_options.AllowUnauthenticated)
            {
                return AuthenticationOutcome.Unauthenticated;
            }

            // The Emulator runs beside the bot: replies never go to an address a caller chose elsewhere.
            return IsLoopback(activity.ServiceUrl) ? AuthenticationOutcome.Accepted : AuthenticationOutcome.Forbidden;
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

        if (await MetadataForAsync(_handler.ReadJsonWebToken(token).Kid, ct).ConfigureAwait(false) is not { } metadata)
        {
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
            ValidAlgorithms = AllowedAlgorithms,
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

    /// <summary>True when <paramref name="serviceUrl"/> is an absolute URL on a loopback address or <c>localhost</c>.</summary>
    public static bool IsLoopback(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) && (url.IsLoopback ||
            (System.Net.IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address)));

    // The metadata holding the token's key. A key id not yet known (the Bot Connector rolled its keys) triggers one
    // refresh, at most once per RefreshInterval, so forged key ids cannot make the bot hammer the metadata endpoint.
    private async Task<OpenIdConnectConfiguration?> MetadataForAsync(string? keyId, CancellationToken ct)
    {
        try
        {
            var metadata = await _metadata.GetConfigurationAsync(ct).ConfigureAwait(false);
            if (keyId is null || Holds(metadata, keyId))
            {
                return metadata;
            }

            if (_fresh is { } fresh && Holds(fresh, keyId))
            {
                return fresh;
            }

            var now = _clock.GetUtcNow();
            lock (_refreshLock)
            {
                if (now - _lastForcedRefresh < RefreshInterval)
                {
                    return metadata;
                }

                _lastForcedRefresh = now;
            }

            LogKeyRefresh(_logger, keyId);
            _fresh = await OpenIdConnectConfigurationRetriever.GetAsync(_options.OpenIdMetadataUrl, _documents, ct).ConfigureAwait(false);
            return _fresh;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException)
        {
            LogMetadataUnavailable(_logger, ex);
            return null;
        }
    }

    private static bool Holds(OpenIdConnectConfiguration metadata, string keyId) => metadata.SigningKeys.Any(k => k.KeyId == keyId);

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework signing key {KeyId} unknown: metadata refreshed")]
    private static partial void LogKeyRefresh(ILogger logger, string keyId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Framework OpenID metadata unavailable")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception);
}
