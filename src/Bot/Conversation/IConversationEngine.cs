using Assistant.Bot.Answers;

namespace Assistant.Bot.Conversation;

/// <summary>Answers questions; one instance behind every front door (command line, web chat, messengers).</summary>
public interface IConversationEngine
{
    /// <summary>Answers <paramref name="text"/> in the conversation <paramref name="conversationId"/>.</summary>
    Task<Answer> AskAsync(string conversationId, string text, CancellationToken cancellationToken = default);
}
