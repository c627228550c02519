namespace Assistant.Bot.Channels.DingTalk;

/// <summary>A DingTalk robot message, with the session webhook its answer is posted to.</summary>
/// <param name="DeliveryId">The msgId.</param>
/// <param name="User">The senderStaffId (or senderId, or the conversation).</param>
/// <param name="Conversation">The conversationId.</param>
/// <param name="Text">The question, or null for a file.</param>
/// <param name="File">The file (its downloadCode), or null.</param>
/// <param name="Webhook">The session webhook, checked to be under <c>DingTalk:WebhookPrefix</c>.</param>
public sealed record DingTalkMessage(string? DeliveryId, string User, string Conversation, string? Text, SentFile? File, Uri Webhook)
    : InboundMessage("dingtalk", DeliveryId, User, Conversation, Text, File);
