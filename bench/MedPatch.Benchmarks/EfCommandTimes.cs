using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MedPatch.Benchmarks;

/// <summary>
/// Listens to EF Core's diagnostic events and adds up the time the database spent on each kind of statement EF Core
/// sent (by verb and first table), on commits and on opening connections. Commands the application sends on the raw
/// connection (the audit chain) do not pass through EF Core and are not seen here.
/// </summary>
public sealed class EfCommandTimes : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> subscriptions = [];
    private readonly Lock gate = new();

    public EfCommandTimes() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Seconds and count per statement kind ("INSERT advisory_revisions", "commit", …).</summary>
    public Dictionary<string, (double Seconds, int Count)> Totals { get; } = new(StringComparer.Ordinal);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (gate)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case CommandExecutedEventData executed:
                Add(StatementKind.Of(executed.Command.CommandText), executed.Duration);
                break;
            case TransactionEndEventData ended when value.Key == RelationalEventId.TransactionCommitted.Name:
                Add("COMMIT", ended.Duration);
                break;
            case ConnectionEndEventData opened when value.Key == RelationalEventId.ConnectionOpened.Name:
                Add("open connection", opened.Duration);
                break;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }

            subscriptions.Clear();
        }
    }

    private void Add(string kind, TimeSpan duration)
    {
        lock (gate)
        {
            var (seconds, count) = Totals.GetValueOrDefault(kind);
            Totals[kind] = (seconds + duration.TotalSeconds, count + 1);
        }
    }
}
