namespace Assistant.Bot.Conversation;

/// <summary>Keeps each conversation's state. Implementations bound their size and expire idle conversations.</summary>
public interface IConversationStore
{
    /// <summary>The state of <paramref name="conversationId"/>, or null when new or expired.</summary>
    ConversationState? Get(string conversationId);

    /// <summary>Stores the state of <paramref name="conversationId"/>.</summary>
    void Save(string conversationId, ConversationState state);
}
