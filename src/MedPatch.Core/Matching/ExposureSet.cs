using System.Collections;

namespace MedPatch.Core.Matching;

/// <summary>
/// The exposures of a run, one per device and vulnerability, with the statements that named no model.
/// Enumeration is ordered by device then vulnerability, so two sets can be compared line by line.
/// </summary>
public sealed class ExposureSet : IReadOnlyCollection<Exposure>
{
    private readonly List<Exposure> list;
    private readonly Lazy<Dictionary<ExposureKey, Exposure>> byKey;
    private readonly Lazy<List<Exposure>> ordered;

    /// <summary>The exposures must have distinct keys; lookups and ordering are built when first used.</summary>
    public ExposureSet(IEnumerable<Exposure> exposures, IEnumerable<UnresolvedStatement> unresolved)
        : this([.. exposures ?? throw new ArgumentNullException(nameof(exposures))], unresolved, owned: true)
    {
    }

    private ExposureSet(List<Exposure> exposures, IEnumerable<UnresolvedStatement> unresolved, bool owned)
    {
        _ = owned;
        ArgumentNullException.ThrowIfNull(unresolved);
        list = exposures;
        byKey = new(() => list.ToDictionary(e => e.Key));
        ordered = new(() => [.. list.OrderBy(e => e.DeviceId).ThenBy(e => e.VulnerabilityId, StringComparer.Ordinal)]);
        Unresolved = [.. unresolved.OrderBy(u => u.StatementId, StringComparer.Ordinal)];
    }

    /// <summary>A set over a list the caller hands over and never touches again: a full run's millions of exposures are not copied once more.</summary>
    internal static ExposureSet Owning(List<Exposure> exposures, IEnumerable<UnresolvedStatement> unresolved) => new(exposures, unresolved, owned: true);

    public int Count => list.Count;

    public IReadOnlyList<UnresolvedStatement> Unresolved { get; }

    public Exposure? Find(Guid deviceId, string vulnerabilityId) => byKey.Value.GetValueOrDefault(new ExposureKey(deviceId, vulnerabilityId));

    public IEnumerable<Exposure> ForDevice(Guid deviceId) => ordered.Value.Where(e => e.DeviceId == deviceId);

    /// <summary>The exposures an advisory decided (its matched assets).</summary>
    public IEnumerable<Exposure> ForAdvisory(string advisoryId) => ordered.Value.Where(e => string.Equals(e.AdvisoryId, advisoryId, StringComparison.Ordinal));

    /// <summary>Human-readable differences (at most <paramref name="max"/>), empty when both sets are the same.</summary>
    public IReadOnlyList<string> Differences(ExposureSet other, int max = 20)
    {
        ArgumentNullException.ThrowIfNull(other);
        var result = new List<string>();
        foreach (var e in ordered.Value)
        {
            var o = other.byKey.Value.GetValueOrDefault(e.Key);
            if (o is null)
            {
                result.Add($"only in this set: {e}");
            }
            else if (o != e)
            {
                result.Add($"differs: {e} vs {o}");
            }
        }

        result.AddRange(other.ordered.Value.Where(o => !byKey.Value.ContainsKey(o.Key)).Select(o => $"only in the other set: {o}"));
        result.AddRange(Unresolved.Except(other.Unresolved).Select(u => $"unresolved only in this set: {u}"));
        result.AddRange(other.Unresolved.Except(Unresolved).Select(u => $"unresolved only in the other set: {u}"));
        return result.Take(max).ToList();
    }

    public IEnumerator<Exposure> GetEnumerator() => ordered.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
