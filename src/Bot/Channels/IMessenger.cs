using Assistant.Bot.Answers;
using Microsoft.AspNetCore.Http;

namespace Assistant.Bot.Channels;

/// <summary>
/// One messenger's side of the bot: read and verify its callback, fetch a file it carries, deliver an answer rendered
/// its way. <see cref="MessengerPipeline"/> does the rest the same way for every messenger (de-duplicate, rate-limit,
/// answer or review, queue), so a new messenger is one folder implementing this interface.
/// </summary>
/// <typeparam name="TMessage">The messenger's message, carrying what it needs to reply.</typeparam>
public interface IMessenger<TMessage>
    where TMessage : InboundMessage
{
    /// <summary>
    /// True when the answer goes back in the callback's own response (WeCom's passive reply), so it is answered there
    /// and then; otherwise the callback is acknowledged at once and the answer sent from the reply queue.
    /// </summary>
    bool AnswersInResponse => false;

    /// <summary>The acknowledgement of a callback taken (or dropped as a repeat): what the platform expects back.</summary>
    IResult Accepted => Results.Ok();

    /// <summary>Verifies and reads one callback.</summary>
    Task<Inbound<TMessage>> ReadAsync(HttpRequest request, CancellationToken ct);

    /// <summary>Fetches the file <paramref name="message"/> carries, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="HttpRequestException">The file could not be fetched.</exception>
    Task<byte[]?> DownloadAsync(TMessage message, long maxBytes, CancellationToken ct);

    /// <summary>Called before answering, e.g. to show a typing indicator.</summary>
    Task AnsweringAsync(TMessage message, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Delivers <paramref name="answer"/>, rendered the messenger's way: sent (returning null), or, when
    /// <see cref="AnswersInResponse"/>, returned as the callback's response.
    /// </summary>
    Task<IResult?> DeliverAsync(TMessage message, Answer answer, CancellationToken ct);
}
