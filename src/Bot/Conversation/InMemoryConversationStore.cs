using Microsoft.Extensions.Options;

namespace Assistant.Bot.Conversation;

/// <summary>Conversation state in memory, bounded by count (least recently used evicted) and idle time.</summary>
public sealed class InMemoryConversationStore(IOptions<ConversationOptions> options, TimeProvider clock) : IConversationStore
{
    private readonly Dictionary<string, LinkedListNode<(string Id, ConversationState State)>> _index = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Id, ConversationState State)> _recent = new();
    private readonly Lock _lock = new();

    /// <summary>How many conversations are held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _index.Count;
            }
        }
    }

    /// <inheritdoc />
    public ConversationState? Get(string conversationId)
    {
        lock (_lock)
        {
            if (!_index.TryGetValue(conversationId, out var node))
            {
                return null;
            }

            if (clock.GetUtcNow() - node.Value.State.UpdatedAt > TimeSpan.FromMinutes(options.Value.IdleMinutes))
            {
                _recent.Remove(node);
                _index.Remove(conversationId);
                return null;
            }

            return node.Value.State;
        }
    }

    /// <inheritdoc />
    public void Save(string conversationId, ConversationState state)
    {
        lock (_lock)
        {
            if (_index.Remove(conversationId, out var existing))
            {
                _recent.Remove(existing);
            }

            _index[conversationId] = _recent.AddFirst((conversationId, state));
            while (_index.Count > options.Value.MaxConversations && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _index.Remove(oldest.Value.Id);
            }
        }
    }
}
