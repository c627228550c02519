using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>A user or bot on a channel.</summary>
public sealed record ChannelAccount([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("name")] string? Name);
