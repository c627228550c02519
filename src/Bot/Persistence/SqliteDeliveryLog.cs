using Assistant.Bot.Channels;
using Assistant.Retrieval.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Persistence;

/// <summary>
/// Deliveries seen in the last 24 hours, in SQLite under the data folder (<c>deliveries.db</c>), so a retry that
/// arrives after a restart is still recognised.
/// </summary>
public sealed class SqliteDeliveryLog : IDeliveryLog
{
    /// <summary>How long a delivery is remembered.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private const int TrimEvery = 500;
    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly Lock _writeLock = new();
    private long _records;

    /// <summary>Opens (creating when missing) the log in the configured data folder.</summary>
    public SqliteDeliveryLog(IOptions<RetrievalOptions> retrieval, TimeProvider clock)
    {
        _connectionString = SqliteFile.Create(retrieval, "deliveries.db",
            "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS deliveries (id TEXT PRIMARY KEY, seen INTEGER NOT NULL);" +
            "CREATE INDEX IF NOT EXISTS deliveries_seen ON deliveries(seen);");
        _clock = clock;
    }

    /// <inheritdoc />
    public bool TryRecord(string channel, string deliveryId)
    {
        var now = _clock.GetUtcNow();
        var since = (now - Window).ToUnixTimeMilliseconds();
        lock (_writeLock)
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            // An expired row is replaced (a new delivery); a live one makes the insert do nothing (a duplicate).
            insert.CommandText = "INSERT INTO deliveries (id, seen) VALUES ($id, $now) ON CONFLICT(id) DO UPDATE SET seen = excluded.seen WHERE deliveries.seen < $since";
            insert.Parameters.AddWithValue("$id", channel + ":" + deliveryId);
            insert.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$since", since);
            var first = insert.ExecuteNonQuery() == 1;
            if (++_records % TrimEvery == 0)
            {
                using var trim = connection.CreateCommand();
                trim.CommandText = "DELETE FROM deliveries WHERE seen < $since";
                trim.Parameters.AddWithValue("$since", since);
                trim.ExecuteNonQuery();
            }

            transaction.Commit();
            return first;
        }
    }

    private SqliteConnection Open() => SqliteFile.Open(_connectionString);
}
