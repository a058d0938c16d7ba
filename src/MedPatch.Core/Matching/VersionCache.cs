using System.Collections.Concurrent;
using MedPatch.Core.Standards.Vers;
using MedPatch.Core.Standards.Versions;

namespace MedPatch.Core.Matching;

/// <summary>
/// Remembers range checks and version comparisons. A million devices carry a few thousand distinct versions and
/// the statements a few thousand distinct ranges, so each pair is compared once instead of once per group.
/// Ranges are keyed by reference: resolved statements share their range objects.
/// </summary>
internal sealed class VersionCache
{
    private readonly ConcurrentDictionary<(VersRange Range, string Version), bool> contains = new();
    private readonly ConcurrentDictionary<(string Version, string Other), int> compare = new();
    private readonly ConcurrentDictionary<VersRange, VersRange> firstFixed = new();
    private readonly ConcurrentDictionary<string, VersRange?> converted = new(StringComparer.Ordinal);

    public bool Contains(VersRange range, string version) => contains.GetOrAdd((range, version), static k => k.Range.Contains(k.Version));

    public int Compare(string version, string other) =>
        compare.GetOrAdd((version, other), static k => DeviceVersionComparer.Instance.Compare(k.Version, k.Other));

    /// <summary>A fixed statement's single version V covers V and later: CSAF first_fixed, and what a patch means.</summary>
    public VersRange FirstFixed(VersRange range) => firstFixed.GetOrAdd(range, static r =>
        r.Constraints is [{ Comparator: VersComparator.Equal } only]
            ? VersRange.Parse($"vers:{r.Scheme}/>={VersEncoding.Encode(only.Version)}")
            : r);

    /// <summary>A version text written into a product name ("8.0.x", "3.1") as a range, or null.</summary>
    public VersRange? Convert(string text) => converted.GetOrAdd(text, static t =>
        Intelligence.Normalization.VersionRangeConverter.Convert(t).Vers is { } vers ? VersRange.Parse(vers) : null);
}
