using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>The parts of a Bot Framework activity this bot reads and writes (the Activity protocol, v3).</summary>
public sealed record Activity
{
    /// <summary>message, conversationUpdate, typing, …</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }

    /// <summary>The activity id.</summary>
    [JsonPropertyName("id")] public string? Id { get; init; }

    /// <summary>The channel (msteams, emulator, webchat, …).</summary>
    [JsonPropertyName("channelId")] public string? ChannelId { get; init; }

    /// <summary>Where replies are sent.</summary>
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; init; }

    /// <summary>The sender.</summary>
    [JsonPropertyName("from")] public ChannelAccount? From { get; init; }

    /// <summary>The receiver (this bot).</summary>
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; init; }

    /// <summary>The conversation.</summary>
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; init; }

    /// <summary>The text of a message.</summary>
    [JsonPropertyName("text")] public string? Text { get; init; }

    /// <summary>markdown, plain or xml.</summary>
    [JsonPropertyName("textFormat")] public string? TextFormat { get; init; }

    /// <summary>The activity this one replies to.</summary>
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; init; }

    /// <summary>Members added (conversationUpdate).</summary>
    [JsonPropertyName("membersAdded")] public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Cards sent with a message (an answer as an Adaptive Card).</summary>
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Locale, e.g. zh-CN.</summary>
    [JsonPropertyName("locale")] public string? Locale { get; init; }
}
