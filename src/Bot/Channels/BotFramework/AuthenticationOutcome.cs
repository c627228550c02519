namespace Assistant.Bot.Channels.BotFramework;

/// <summary>The result of checking an inbound request's token.</summary>
public enum AuthenticationOutcome
{
    /// <summary>Accepted.</summary>
    Accepted,

    /// <summary>No token, or a token that is not valid (signature, issuer, audience, lifetime): HTTP 401.</summary>
    Unauthenticated,

    /// <summary>A valid token that does not cover this activity (service URL, channel endorsement): HTTP 403.</summary>
    Forbidden,
}
