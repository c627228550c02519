using Microsoft.AspNetCore.Http;

namespace Assistant.Bot.Channels;

/// <summary>What reading a callback gave: a response to send at once (a challenge, a refusal, an ignored event), or a message to answer.</summary>
/// <typeparam name="TMessage">The messenger's message.</typeparam>
/// <param name="Response">The response to send at once, or null.</param>
/// <param name="Message">The message to answer, or null.</param>
public sealed record Inbound<TMessage>(IResult? Response, TMessage? Message)
    where TMessage : InboundMessage
{
    /// <summary>A callback answered at once.</summary>
    public static Inbound<TMessage> Answered(IResult response) => new(response, null);

    /// <summary>A message to answer.</summary>
    public static Inbound<TMessage> Of(TMessage message) => new(null, message);
}
