namespace MedPatch.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
