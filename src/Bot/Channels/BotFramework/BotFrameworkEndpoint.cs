using System.Text.Json;
using Assistant.Bot.Answers;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework Activity protocol. Answers HTTP 200 at once and replies afterwards
/// (typing first), so a slow answer never meets the channel's 15 s limit.
/// </summary>
public static class BotFrameworkEndpoint
{
    /// <summary>Handles one activity.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest request, BotFrameworkAuthenticator authenticator, BotConnectorClient connector,
        IConversationEngine engine, ReplyQueue queue, MessengerGate gate, Microsoft.Extensions.Options.IOptions<ConversationOptions> conversation,
        TableFileReview review, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Results.BadRequest(new { error = $"malformed activity JSON: {ex.Message}" });
        }

        if (activity?.Type is null)
        {
            return Results.BadRequest(new { error = "an activity needs a type" });
        }

        if (activity.Type is not ("message" or "conversationUpdate"))
        {
            return Results.Ok(); // other activity types are ignored: nothing is done, nothing is sent
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _) || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return Results.BadRequest(new { error = "a message or conversationUpdate needs serviceUrl and conversation.id" });
        }

        switch (await authenticator.AuthenticateAsync(request.Headers.Authorization.FirstOrDefault(), activity, ct).ConfigureAwait(false))
        {
            case AuthenticationOutcome.Unauthenticated:
                return Results.Unauthorized();
            case AuthenticationOutcome.Forbidden:
                return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        // The token vouches for the activity (its channel and service URL); the sender is the channel's user id.
        switch (gate.Admit($"botframework:{activity.ChannelId}", activity.Id, activity.From?.Id ?? activity.Conversation.Id))
        {
            case GateOutcome.Duplicate:
                return Results.Ok();
            case GateOutcome.Limited:
                return MessengerGate.Limited();
        }

        var queued = activity.Type == "message" ? QueueAnswer(activity, connector, engine, queue, review, conversation.Value.PublicBaseUrl) : QueueWelcome(activity, connector, queue);
        return queued ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private static bool QueueAnswer(Activity activity, BotConnectorClient connector, IConversationEngine engine, ReplyQueue queue, TableFileReview review,
        string? publicBaseUrl)
    {
        // A file sent (a table to check) is reviewed; cards the user's client echoes are not files.
        var file = activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.TeamsFile || (a.ContentUrl is not null && a.Content is null));
        if (string.IsNullOrWhiteSpace(activity.Text) && file is null)
        {
            return true;
        }

        return queue.TryEnqueue(async ct =>
        {
            await connector.SendTypingAsync(activity, ct).ConfigureAwait(false);
            var answer = file is not null
                ? await ReviewAsync(connector, review, activity, file, ct).ConfigureAwait(false)
                : await engine.AskAsync($"botframework:{activity.ChannelId}:{activity.Conversation!.Id}", activity.Text!, ct).ConfigureAwait(false);
            var card = Rendering.AdaptiveCardAnswer.Render(answer, Rendering.AnswerLinks.Of(answer, publicBaseUrl));
            await connector.ReplyAsync(activity, answer.Text, card, ct).ConfigureAwait(false);
        });
    }

    private static Task<Answer> ReviewAsync(BotConnectorClient connector, TableFileReview review, Activity activity, Attachment file, CancellationToken ct) =>
        review.ReviewAsync(file.Name ?? "表格", max => connector.DownloadAsync(activity, file, max, ct));

    private static bool QueueWelcome(Activity activity, BotConnectorClient connector, ReplyQueue queue)
    {
        // conversationUpdate lists the bot itself among membersAdded too; greet only people.
        var people = activity.MembersAdded?.Where(m => m.Id != activity.Recipient?.Id).ToList() ?? [];
        return people.Count == 0 || queue.TryEnqueue(ct => connector.SendAsync(activity, GuidanceAnswers.Help("欢迎").Text, ct));
    }
}
