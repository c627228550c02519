using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>An activity's attachment: here an Adaptive Card (content type and the card as JSON).</summary>
/// <param name="ContentType">The attachment's content type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</param>
/// <param name="Content">The card.</param>
public sealed record Attachment(
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("content")] JsonObject Content);
