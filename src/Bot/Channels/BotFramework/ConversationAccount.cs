using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>A conversation on a channel.</summary>
public sealed record ConversationAccount([property: JsonPropertyName("id")] string? Id);
