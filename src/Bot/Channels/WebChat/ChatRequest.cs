namespace Assistant.Bot.Channels.WebChat;

/// <summary>A question from the web page.</summary>
/// <param name="Conversation">The page's conversation id (kept in the browser).</param>
/// <param name="Q">The question.</param>
public sealed record ChatRequest(string? Conversation, string? Q);
