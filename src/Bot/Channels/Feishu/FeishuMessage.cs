namespace Assistant.Bot.Channels.Feishu;

/// <summary>A Feishu <c>im.message.receive_v1</c> message, with the message id its reply goes to.</summary>
/// <param name="DeliveryId">The event_id.</param>
/// <param name="User">The sender's open_id (or the chat).</param>
/// <param name="Conversation">The chat_id.</param>
/// <param name="Text">The question, or null for a file.</param>
/// <param name="File">The file (its file_key), or null.</param>
/// <param name="MessageId">The message replied to.</param>
public sealed record FeishuMessage(string? DeliveryId, string User, string Conversation, string? Text, SentFile? File, string MessageId)
    : InboundMessage("feishu", DeliveryId, User, Conversation, Text, File);
