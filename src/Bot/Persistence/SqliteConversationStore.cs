using System.Text.Json;
using Assistant.Bot.Conversation;
using Assistant.Retrieval.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Persistence;

/// <summary>
/// Conversation state in SQLite under the data folder (<c>conversations.db</c>), so a restart keeps every open
/// conversation and draft. Bounded like the in-memory store: idle conversations expire, the oldest go first.
/// </summary>
public sealed class SqliteConversationStore : IConversationStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _connectionString;
    private readonly IOptions<ConversationOptions> _options;
    private readonly TimeProvider _clock;
    private const int TrimEvery = 100;
    private readonly Lock _writeLock = new();
    private long _saves;

    /// <summary>Opens (creating when missing) the store in the configured data folder.</summary>
    public SqliteConversationStore(IOptions<RetrievalOptions> retrieval, IOptions<ConversationOptions> options, TimeProvider clock)
    {
        // WAL with synchronous=NORMAL: a power cut may lose the last answers' state, never corrupt the file.
        _connectionString = SqliteFile.Create(retrieval, "conversations.db",
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, updated INTEGER NOT NULL, state TEXT NOT NULL);" +
            "CREATE INDEX IF NOT EXISTS conversations_updated ON conversations(updated);");
        _options = options;
        _clock = clock;
    }

    /// <inheritdoc />
    public ConversationState? Get(string conversationId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state FROM conversations WHERE id = $id AND updated >= $since";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$since", Since());
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<ConversationState>(json, Json) : null;
    }

    /// <inheritdoc />
    public void Save(string conversationId, ConversationState state)
    {
        // SQLite has one writer at a time; contending writers would wait in its busy-retry loop, so take turns here.
        lock (_writeLock)
        {
            Write(conversationId, state);
        }
    }

    private void Write(string conversationId, ConversationState state)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var upsert = connection.CreateCommand())
        {
            upsert.CommandText = "INSERT INTO conversations (id, updated, state) VALUES ($id, $updated, $state) " +
                                 "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated, state = excluded.state";
            upsert.Parameters.AddWithValue("$id", conversationId);
            upsert.Parameters.AddWithValue("$updated", state.UpdatedAt.ToUnixTimeMilliseconds());
            upsert.Parameters.AddWithValue("$state", JsonSerializer.Serialize(state, Json));
            upsert.ExecuteNonQuery();
        }

        // Expired and surplus conversations are trimmed every so often, not on every save.
        if (Interlocked.Increment(ref _saves) % TrimEvery == 0)
        {
            using var trim = connection.CreateCommand();
            trim.CommandText = "DELETE FROM conversations WHERE updated < $since OR id IN " +
                               "(SELECT id FROM conversations ORDER BY updated DESC LIMIT -1 OFFSET $max)";
            trim.Parameters.AddWithValue("$since", Since());
            trim.Parameters.AddWithValue("$max", _options.Value.MaxConversations);
            trim.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private long Since() => (_clock.GetUtcNow() - TimeSpan.FromMinutes(_options.Value.IdleMinutes)).ToUnixTimeMilliseconds();

    private SqliteConnection Open()
    {
        var connection = SqliteFile.Open(_connectionString);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
