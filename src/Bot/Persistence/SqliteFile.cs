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

    /// <summary>An open connection.</summary>
    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
