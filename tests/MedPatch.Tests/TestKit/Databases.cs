namespace MedPatch.Tests.TestKit;

/// <summary>Theory data: every database test runs once on SQLite and once on PostgreSQL.</summary>
public static class Databases
{
    /// <summary>Admin connection string of a PostgreSQL server the tests may create databases on.</summary>
    public const string PostgresVariable = "MEDPATCH_TEST_POSTGRES";

    public static TheoryData<DatabaseKind> Both => new(DatabaseKind.Sqlite, DatabaseKind.Postgres);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
