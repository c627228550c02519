using Assistant.Retrieval.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Persistence;

/// <summary>A SQLite database file in the configured data folder (created when missing), opened with pooling.</summary>
internal static class SqliteFile
{
    /// <summary>The connection string of <paramref name="fileName"/> in the data folder.</summary>
    public static string ConnectionString(IOptions<RetrievalOptions> retrieval, string fileName)
    {
        ArgumentNullException.ThrowIfNull(retrieval);
        var folder = retrieval.Value.ResolvedDataPath;
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, fileName), Pooling = true }.ToString();
    }

    /// <summary>The connection string of <paramref name="fileName"/>, after applying <paramref name="schema"/> (idempotent SQL) to it.</summary>
    public static string Create(IOptions<RetrievalOptions> retrieval, string fileName, string schema)
    {
        var connectionString = ConnectionString(retrieval, fileName);
        using var connection = Open(connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = schema;
        command.ExecuteNonQuery();
        return connectionString;
    }

    /// <summary>An open connection.</summary>
    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
