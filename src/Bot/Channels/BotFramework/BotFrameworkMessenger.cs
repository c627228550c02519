using System.Text.Json;
using Assistant.Bot.Answers;
using Assistant.Bot.Channels.Rendering;
using Assistant.Bot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: Bot Framework activities (Teams, Web Chat, the Emulator), authenticated by the
/// Bot Connector's token; a message is answered with an Adaptive Card after a typing indicator, a file sent is
/// reviewed, and people added to a conversation are welcomed.
/// </summary>
public sealed class BotFrameworkMessenger(BotFrameworkAuthenticator authenticator, BotConnectorClient connector, ReplyQueue queue,
    IOptions<ConversationOptions> conversation) : IMessenger<BotFrameworkMessage>
{
    /// <inheritdoc />
    public async Task<Inbound<BotFrameworkMessage>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Inbound<BotFrameworkMessage>.Answered(Results.BadRequest(new { error = $"活动 JSON 格式有误：{ex.Message}" }));
        }

        if (activity?.Type is null)
        {
            return Inbound<BotFrameworkMessage>.Answered(Results.BadRequest(new { error = "活动应有 type" }));
        }

        if (activity.Type is not ("message" or "conversationUpdate"))
        {
            return Inbound<BotFrameworkMessage>.Answered(Results.Ok()); // other activity types are ignored: nothing is done, nothing is sent
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _) || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return Inbound<BotFrameworkMessage>.Answered(Results.BadRequest(new { error = "message 或 conversationUpdate 应有 serviceUrl 和 conversation.id" }));
        }

        switch (await authenticator.AuthenticateAsync(request.Headers.Authorization.FirstOrDefault(), activity, ct).ConfigureAwait(false))
        {
            case AuthenticationOutcome.Unauthenticated:
                return Inbound<BotFrameworkMessage>.Answered(Results.Unauthorized());
            case AuthenticationOutcome.Forbidden:
                return Inbound<BotFrameworkMessage>.Answered(Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        if (activity.Type != "message")
        {
            return Inbound<BotFrameworkMessage>.Answered(Welcome(activity) ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        }

        // A file sent (a table to check) is reviewed; cards the user's client echoes are not files.
        var file = activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.TeamsFile || (a.ContentUrl is not null && a.Content is null));
        return string.IsNullOrWhiteSpace(activity.Text) && file is null
            ? Inbound<BotFrameworkMessage>.Answered(Results.Ok())
            : Inbound<BotFrameworkMessage>.Of(new BotFrameworkMessage(activity, file));
    }

    /// <inheritdoc />
    public Task<byte[]?> DownloadAsync(BotFrameworkMessage message, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return connector.DownloadAsync(message.Activity, message.Attachment!, maxBytes, ct);
    }

    /// <inheritdoc />
    public Task AnsweringAsync(BotFrameworkMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return connector.SendTypingAsync(message.Activity, ct);
    }

    /// <inheritdoc />
    public async Task<IResult?> DeliverAsync(BotFrameworkMessage message, Answer answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var card = AdaptiveCardAnswer.Render(answer, AnswerLinks.Of(answer, conversation.Value.PublicBaseUrl));
        await connector.ReplyAsync(message.Activity, answer.Text, card, ct).ConfigureAwait(false);
        return null;
    }

    private bool Welcome(Activity activity)
    {
        // conversationUpdate lists the bot itself among membersAdded too; greet only people.
        var people = activity.MembersAdded?.Where(m => m.Id != activity.Recipient?.Id).ToList() ?? [];
        return people.Count == 0 || queue.TryEnqueue(ct => connector.SendAsync(activity, GuidanceAnswers.Help("欢迎").Text, ct));
    }
}
