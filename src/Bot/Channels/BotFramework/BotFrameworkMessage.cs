namespace Assistant.Bot.Channels.BotFramework;

/// <summary>A Bot Framework message activity, kept whole: its reply goes to its service URL and conversation.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Attachment">The file it carries (a table to check), or null.</param>
public sealed record BotFrameworkMessage(Activity Activity, Attachment? Attachment)
    : InboundMessage($"botframework:{Activity.ChannelId}", Activity.Id, Activity.From?.Id ?? Activity.Conversation?.Id ?? "unknown",
        Activity.Conversation?.Id ?? "unknown", Attachment is null ? Activity.Text : null,
        Attachment is null ? null : new SentFile(Attachment.Name ?? "表格", Attachment.ContentUrl ?? string.Empty));
