namespace Assistant.Bot.Channels;

/// <summary>
/// A message a messenger delivered, verified and read: who sent it, in which conversation, and either a question or a
/// file. Each messenger extends it with what it needs to reply (a webhook, a message id, the Bot Framework activity).
/// </summary>
/// <param name="Channel">The messenger (with its sub-channel, e.g. <c>botframework:msteams</c>): the rate-limit and de-duplication scope.</param>
/// <param name="DeliveryId">The platform's id of this delivery, to drop repeats, or null when it gives none.</param>
/// <param name="User">The verified sender, taken from the signed payload.</param>
/// <param name="Conversation">The conversation, for follow-up questions.</param>
/// <param name="Text">The question, or null for a file.</param>
/// <param name="File">The file sent (a table to check), or null.</param>
public abstract record InboundMessage(string Channel, string? DeliveryId, string User, string Conversation, string? Text, SentFile? File);
