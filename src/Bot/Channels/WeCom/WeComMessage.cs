namespace Assistant.Bot.Channels.WeCom;

/// <summary>A decrypted WeCom application message, with the application's account its passive reply comes from.</summary>
/// <param name="DeliveryId">The MsgId.</param>
/// <param name="User">The sender (FromUserName), also the conversation.</param>
/// <param name="Text">The question, or null for a file.</param>
/// <param name="File">The file (its MediaId), or null.</param>
/// <param name="Application">The ToUserName the message was sent to (the reply's FromUserName).</param>
public sealed record WeComMessage(string? DeliveryId, string User, string? Text, SentFile? File, string Application)
    : InboundMessage("wecom", DeliveryId, User, User, Text, File);
