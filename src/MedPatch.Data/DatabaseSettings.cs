using Microsoft.Data.Sqlite;
using Npgsql;

namespace MedPatch.Data;

/// <summary>
/// Turns the value of <c>--db</c> or <c>MEDPATCH_DB</c> into a provider and a connection string.
/// Accepted: an SQLite file path or connection string (default <c>medpatch.db</c>), a PostgreSQL
/// connection string (<c>Host=…</c>) or a <c>postgres://user:pass@host:port/db</c> URL.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string EnvironmentVariable = "MEDPATCH_DB";
    public const string DefaultSqliteFile = "medpatch.db";

    public static DatabaseSettings Parse(string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? DefaultSqliteFile : value.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
            text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, FromPostgresUrl(text));
        }

        if (LooksLikeConnectionString(text, "host") || LooksLikeConnectionString(text, "server"))
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            return new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString);
        }

        if (LooksLikeConnectionString(text, "data source") || LooksLikeConnectionString(text, "filename"))
        {
            var builder = new SqliteConnectionStringBuilder(text);
            return new DatabaseSettings(DatabaseProvider.Sqlite, builder.ConnectionString);
        }

        var file = new SqliteConnectionStringBuilder { DataSource = text, Pooling = true };
        return new DatabaseSettings(DatabaseProvider.Sqlite, file.ConnectionString);
    }

    /// <summary>The connection string without its password, fit for logs and error messages.</summary>
    public string Redacted()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null };
            return builder.ConnectionString;
        }

        var sqlite = new SqliteConnectionStringBuilder(ConnectionString) { Password = string.Empty };
        return sqlite.ConnectionString;
    }

    private static bool LooksLikeConnectionString(string text, string key) =>
        text.Contains(key + "=", StringComparison.OrdinalIgnoreCase) ||
        text.Contains(key + " =", StringComparison.OrdinalIgnoreCase);

    private static string FromPostgresUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("database URL is not a valid postgres:// URL");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2)
            {
                builder[Uri.UnescapeDataString(kv[0]).Replace('_', ' ')] = Uri.UnescapeDataString(kv[1]);
            }
        }

        return builder.ConnectionString;
    }
}
