using System.Diagnostics;

namespace MedPatch.Benchmarks;

/// <summary>
/// Adds up the time of every command and COPY Npgsql traces (its "Npgsql" activity source), by statement kind: the
/// PostgreSQL driver's own view, which also sees what the import writes on the raw connection past EF Core.
/// </summary>
public sealed class NpgsqlCommandTimes : IDisposable
{
    private readonly ActivityListener listener;
    private readonly Lock gate = new();

    public NpgsqlCommandTimes()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Seconds and count per statement kind ("COPY affected_statements", "SELECT audit_records", …).</summary>
    public Dictionary<string, (double Seconds, int Count)> Totals { get; } = new(StringComparer.Ordinal);

    public void Dispose() => listener.Dispose();

    private void Stopped(Activity activity)
    {
        var text = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
        var kind = StatementKind.Of(text);
        lock (gate)
        {
            var (seconds, count) = Totals.GetValueOrDefault(kind);
            Totals[kind] = (seconds + activity.Duration.TotalSeconds, count + 1);
        }
    }
}
