using MedPatch.Data;

namespace MedPatch.Tests.Data;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void Nothing_given_means_medpatch_db_in_the_current_directory()
    {
        var settings = DatabaseSettings.Parse(null);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains("Data Source=medpatch.db", settings.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site.db", "site.db")]
    [InlineData("/var/lib/medpatch/site.db", "/var/lib/medpatch/site.db")]
    [InlineData("Data Source=other.db;Cache=Shared", "other.db")]
    public void File_paths_and_sqlite_connection_strings_choose_sqlite(string value, string file)
    {
        var settings = DatabaseSettings.Parse(value);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal(file, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
    }

    [Fact]
    public void A_postgres_url_becomes_a_connection_string_with_its_parts()
    {
        var settings = DatabaseSettings.Parse("postgres://med%40patch:s3cr%3At@db.example.org:6543/inventory?sslmode=require");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal("db.example.org", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("inventory", builder.Database);
        Assert.Equal("med@patch", builder.Username);
        Assert.Equal("s3cr:t", builder.Password);
        Assert.Equal(Npgsql.SslMode.Require, builder.SslMode);
    }

    [Fact]
    public void A_postgres_connection_string_is_recognised_and_redacted_for_logs()
    {
        var settings = DatabaseSettings.Parse("Host=127.0.0.1;Port=5433;Username=mp;Password=hunter2;Database=mp");

        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.DoesNotContain("hunter2", settings.Redacted(), StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", settings.Redacted(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_without_host_is_a_format_error() =>
        Assert.Throws<FormatException>(() => DatabaseSettings.Parse("postgres://"));
}
