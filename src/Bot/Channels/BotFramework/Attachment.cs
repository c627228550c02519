using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Assistant.Bot.Channels.BotFramework;

/// <summary>
/// An activity's attachment: an Adaptive Card the bot sends (content type and card), or a file a user sends (its
/// address in <see cref="ContentUrl"/>, or for Teams a <c>file.download.info</c> whose content holds a downloadUrl).
/// </summary>
/// <param name="ContentType">The content type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</param>
/// <param name="Content">The card, or the Teams file's download info; null for a plain file.</param>
/// <param name="ContentUrl">Where the file can be fetched, or null.</param>
/// <param name="Name">The file's name, or null.</param>
public sealed record Attachment(
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("content")] JsonObject? Content,
    [property: JsonPropertyName("contentUrl")] string? ContentUrl = null,
    [property: JsonPropertyName("name")] string? Name = null)
{
    /// <summary>Teams' attachment for a file a user sent: its content has a pre-authorised downloadUrl.</summary>
    public const string TeamsFile = "application/vnd.microsoft.teams.file.download.info";
}
