namespace MedPatch.Tests.TestKit;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
