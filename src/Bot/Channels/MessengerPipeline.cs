using Assistant.Bot.Answers;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;

namespace Assistant.Bot.Channels;

/// <summary>
/// Every messenger's callback, the same steps: verify and read (the messenger), drop a repeated delivery and limit
/// each verified user (<see cref="MessengerGate"/>), answer the question or review the file, deliver the answer
/// rendered the messenger's way: from the reply queue after acknowledging at once, or in the response for WeCom.
/// </summary>
public sealed class MessengerPipeline(IConversationEngine engine, TableFileReview review, MessengerGate gate, ReplyQueue queue)
{
    /// <summary>Handles one callback of <paramref name="messenger"/>.</summary>
    public async Task<IResult> HandleAsync<TMessage>(IMessenger<TMessage> messenger, HttpRequest request, CancellationToken ct)
        where TMessage : InboundMessage
    {
        ArgumentNullException.ThrowIfNull(messenger);
        var inbound = await messenger.ReadAsync(request, ct).ConfigureAwait(false);
        if (inbound.Response is { } response)
        {
            return response;
        }

        var message = inbound.Message!;
        switch (gate.Admit(message.Channel, message.DeliveryId, message.User))
        {
            case GateOutcome.Duplicate:
                return messenger.Accepted;
            case GateOutcome.Limited:
                return MessengerGate.Limited();
        }

        if (messenger.AnswersInResponse)
        {
            var answer = await AnswerAsync(messenger, message, ct).ConfigureAwait(false);
            return await messenger.DeliverAsync(message, answer, ct).ConfigureAwait(false) ?? messenger.Accepted;
        }

        var queued = queue.TryEnqueue(async token =>
        {
            await messenger.AnsweringAsync(message, token).ConfigureAwait(false);
            await messenger.DeliverAsync(message, await AnswerAsync(messenger, message, token).ConfigureAwait(false), token).ConfigureAwait(false);
        });
        return queued ? messenger.Accepted : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private Task<Answer> AnswerAsync<TMessage>(IMessenger<TMessage> messenger, TMessage message, CancellationToken ct)
        where TMessage : InboundMessage =>
        message.File is { } file
            ? review.ReviewAsync(file.Name, max => messenger.DownloadAsync(message, max, ct))
            : engine.AskAsync($"{message.Channel}:{message.Conversation}", message.Text!, ct);
}
