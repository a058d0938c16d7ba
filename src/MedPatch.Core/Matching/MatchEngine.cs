using System.Collections.Concurrent;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Versions;

namespace MedPatch.Core.Matching;

/// <summary>
/// Matches devices against affected statements and SBOM components. One engine holds the current inputs and
/// exposures; <see cref="Full"/> computes everything from scratch, and <see cref="ForStatements"/>,
/// <see cref="ForDevices"/> and <see cref="ForSbom"/> recompute only the keys an import touches, giving exactly the
/// exposures a full run would. Work is linear: statements are resolved to models once (cached by product text),
/// devices are grouped by model, version and support state, and each statement is evaluated once per group of
/// the models it names, never per device. A catalog change (manufacturers, aliases, models) needs a new engine.
/// </summary>
public sealed class MatchEngine
{
    private readonly CatalogIndex catalog;
    private readonly VersionCache versions = new();
    private readonly Dictionary<Guid, MatchDevice> devices = [];
    private readonly Dictionary<Guid, Dictionary<DeviceGroup, HashSet<Guid>>> groups = [];
    private readonly Dictionary<string, List<ResolvedStatement>> byAdvisory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ResolvedStatement>> byVulnerability = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Dictionary<string, int>> vulnerabilitiesByModel = [];
    private readonly Dictionary<string, Dictionary<string, int>> vulnerabilitiesByComponentKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid ModelId, string? Version), List<MatchSbomComponent>> sboms = [];
    private readonly Dictionary<Guid, List<string?>> sbomVersionsByModel = [];
    private readonly Dictionary<string, List<(MatchSbomComponent Component, string? Version)>> componentsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<ExposureKey, Exposure> exposures = [];
    private readonly Dictionary<string, HashSet<Guid>> exposedByVulnerability = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, HashSet<string>> exposedByDevice = [];

    public MatchEngine(MatchCatalog catalog)
    {
        this.catalog = new CatalogIndex(catalog);
    }

    /// <summary>The current exposures and unresolved statements.</summary>
    public ExposureSet Exposures => new(exposures.Values, Unresolved());

    /// <summary>Everything from scratch: what <c>medpatch match --full</c> computes.</summary>
    public static ExposureSet Full(MatchCatalog catalog, IEnumerable<MatchDevice> devices, IEnumerable<MatchStatement> statements, IEnumerable<MatchSbomComponent> sbomComponents)
    {
        // A one-off run keeps no incremental indexes: the set is all the caller gets.
        var engine = Loaded(catalog, devices, statements, sbomComponents);
        return ExposureSet.Owning(engine.ComputeAll(), engine.Unresolved());
    }

    /// <summary>
    /// The models whose devices these statements can expose, through the models they name or the SBOM components
    /// they match: a run over the statements of some vulnerabilities needs no other device. A superset (component
    /// versions are not compared here), so loading those devices gives exactly the exposures a full run would.
    /// </summary>
    public static IReadOnlySet<Guid> ReachableModels(MatchCatalog catalog, IEnumerable<MatchStatement> statements, IEnumerable<MatchSbomComponent> sbomComponents)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(sbomComponents);
        var index = new CatalogIndex(catalog);
        var models = new HashSet<Guid>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resolved in statements.Select(index.Resolve))
        {
            models.UnionWith(resolved.Models.Select(m => m.Model.Id));
            keys.UnionWith(resolved.ComponentKeys.Select(k => k.Key));
        }

        foreach (var component in sbomComponents)
        {
            if (KeysOf(component).Any(k => keys.Contains(k.Key)))
            {
                models.Add(component.ModelId);
            }
        }

        return models;
    }

    /// <summary>An engine holding all inputs and their exposures, ready for incremental updates.</summary>
    public static MatchEngine Start(MatchCatalog catalog, IEnumerable<MatchDevice> devices, IEnumerable<MatchStatement> statements, IEnumerable<MatchSbomComponent> sbomComponents)
    {
        var engine = Loaded(catalog, devices, statements, sbomComponents);
        engine.RecomputeAll();
        return engine;
    }

    private static MatchEngine Loaded(MatchCatalog catalog, IEnumerable<MatchDevice> devices, IEnumerable<MatchStatement> statements, IEnumerable<MatchSbomComponent> sbomComponents)
    {
        ArgumentNullException.ThrowIfNull(devices);
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(sbomComponents);
        var engine = new MatchEngine(catalog);
        foreach (var d in devices)
        {
            engine.PutDevice(d);
        }

        var resolved = statements.AsParallel().AsOrdered().Select(engine.catalog.Resolve).ToList();
        foreach (var advisory in resolved.GroupBy(r => r.Statement.AdvisoryId, StringComparer.Ordinal))
        {
            engine.PutResolved(advisory.Key, [.. advisory]);
        }

        foreach (var sbom in sbomComponents.GroupBy(c => (c.ModelId, Version: Trim(c.ModelVersion))))
        {
            engine.PutSbom(sbom.Key.ModelId, sbom.Key.Version, [.. sbom]);
        }

        return engine;
    }

    /// <summary>Recomputes every exposure of the loaded inputs.</summary>
    public void RecomputeAll()
    {
        exposures.Clear();
        exposedByVulnerability.Clear();
        exposedByDevice.Clear();
        var all = ComputeAll();

        // Sized once: growing a dictionary towards millions of entries rehashes it and reallocates large arrays many times.
        exposures.EnsureCapacity(all.Count);
        foreach (var e in all)
        {
            Add(e);
        }
    }

    /// <summary>Every vulnerability on its own, in parallel: they share nothing but read-only indexes and the caches.</summary>
    private List<Exposure> ComputeAll()
    {
        // One growing list per worker rather than one per vulnerability: millions of exposures otherwise pass through
        // as many short-lived lists and their copies, which the GC pays for.
        var results = new ConcurrentBag<List<Exposure>>();
        Parallel.ForEach(byVulnerability.Keys.ToList(), () => new List<Exposure>(), (v, _, local) => Compute(v, null, null, local), results.Add);
        var all = new List<Exposure>(results.Sum(r => r.Count));
        foreach (var list in results)
        {
            all.AddRange(list);
        }

        return all;
    }

    /// <summary>Replaces the statements of one advisory (a new revision replaces all of them) and updates the exposures of its vulnerabilities.</summary>
    public ExposureDelta ForStatements(string advisoryId, IReadOnlyList<MatchStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(advisoryId);
        ArgumentNullException.ThrowIfNull(statements);
        var touched = byAdvisory.TryGetValue(advisoryId, out var old) ? old.Select(r => r.Statement.VulnerabilityId).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
        PutStatements(advisoryId, statements);
        touched.UnionWith(statements.Select(s => s.VulnerabilityId));
        var removed = new List<ExposureKey>();
        var upserted = new List<Exposure>();
        var previous = new Dictionary<ExposureKey, Exposure>();
        foreach (var v in touched.Order(StringComparer.Ordinal))
        {
            // Replaced in place where the key stays: most keys of a revision do, and the per-device and
            // per-vulnerability indexes then need no change. Only keys that are gone leave them.
            var now = byVulnerability.ContainsKey(v) ? Compute(v, null, null) : [];
            var kept = new HashSet<Guid>(now.Count);
            foreach (var e in now)
            {
                kept.Add(e.DeviceId);
                if (exposures.TryGetValue(e.Key, out var was))
                {
                    previous[e.Key] = was;
                    exposures[e.Key] = e;
                }
                else
                {
                    Add(e);
                }
            }

            upserted.AddRange(now);
            var gone = exposedByVulnerability.TryGetValue(v, out var set) ? set.Where(d => !kept.Contains(d)).ToList() : [];
            foreach (var d in gone)
            {
                var key = new ExposureKey(d, v);
                previous[key] = exposures[key];
                Remove(key);
                removed.Add(key);
            }
        }

        return ExposureDelta.Between(previous, upserted, removed);
    }

    /// <summary>Adds or updates devices (new model, version or support state) and recomputes their exposures.</summary>
    public ExposureDelta ForDevices(IReadOnlyList<MatchDevice> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        foreach (var d in changed)
        {
            PutDevice(d);
        }

        return Recompute(changed.Select(d => d.Id).ToHashSet());
    }

    /// <summary>Removes devices and their exposures.</summary>
    public ExposureDelta RemoveDevices(IReadOnlyList<Guid> deviceIds)
    {
        ArgumentNullException.ThrowIfNull(deviceIds);
        var removed = new List<ExposureKey>();
        foreach (var id in deviceIds)
        {
            if (devices.Remove(id, out var d))
            {
                groups[d.ModelId][Group(d)].Remove(id);
            }

            foreach (var v in exposedByDevice.GetValueOrDefault(id)?.ToList() ?? [])
            {
                Remove(new ExposureKey(id, v));
                removed.Add(new ExposureKey(id, v));
            }
        }

        return new ExposureDelta([], removed);
    }

    /// <summary>Replaces the SBOM of a model (or of one version of it) and recomputes the exposures of the model's devices.</summary>
    public ExposureDelta ForSbom(Guid modelId, string? modelVersion, IReadOnlyList<MatchSbomComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        PutSbom(modelId, Trim(modelVersion), components);
        var ids = groups.TryGetValue(modelId, out var g) ? g.Values.SelectMany(x => x).ToHashSet() : [];
        return Recompute(ids);
    }

    private ExposureDelta Recompute(HashSet<Guid> deviceIds)
    {
        var removed = new List<ExposureKey>();
        var before = new Dictionary<ExposureKey, Exposure>();
        foreach (var id in deviceIds)
        {
            foreach (var v in exposedByDevice.GetValueOrDefault(id)?.ToList() ?? [])
            {
                var key = new ExposureKey(id, v);
                before[key] = exposures[key];
                Remove(key);
            }
        }

        var upserted = new List<Exposure>();
        foreach (var model in deviceIds.Where(devices.ContainsKey).Select(id => devices[id].ModelId).Distinct().Order())
        {
            foreach (var v in RelevantVulnerabilities(model).Order(StringComparer.Ordinal))
            {
                foreach (var e in Compute(v, model, deviceIds))
                {
                    Add(e);
                    upserted.Add(e);
                }
            }
        }

        var now = upserted.Select(e => e.Key).ToHashSet();
        removed.AddRange(before.Keys.Where(k => !now.Contains(k)));
        return ExposureDelta.Between(before, upserted, removed);
    }

    private HashSet<string> RelevantVulnerabilities(Guid modelId)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (vulnerabilitiesByModel.TryGetValue(modelId, out var named))
        {
            result.UnionWith(named.Keys);
        }

        foreach (var version in sbomVersionsByModel.GetValueOrDefault(modelId) ?? [])
        {
            foreach (var c in sboms[(modelId, version)])
            {
                foreach (var (key, _) in KeysOf(c))
                {
                    if (vulnerabilitiesByComponentKey.TryGetValue(key, out var vs))
                    {
                        result.UnionWith(vs.Keys);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The exposures of one vulnerability, for all devices or only those of one model in <paramref name="onlyDevices"/>.</summary>
    private List<Exposure> Compute(string vulnerability, Guid? onlyModel, HashSet<Guid>? onlyDevices, List<Exposure>? into = null)
    {
        var perGroup = new Dictionary<DeviceGroup, List<Candidate>>();
        var fixes = new Dictionary<Guid, List<Candidate>>();
        var named = new Dictionary<Guid, (ResolvedStatement Statement, ModelMatch Match)>();
        foreach (var rs in byVulnerability.GetValueOrDefault(vulnerability) ?? [])
        {
            var s = rs.Statement;
            foreach (var match in rs.Models)
            {
                var modelId = match.Model.Id;
                if (onlyModel is { } only && modelId != only)
                {
                    continue;
                }

                if (CatalogIndex.NamesAffected(s.Status) && (!named.TryGetValue(modelId, out var first) || Before(s, first.Statement.Statement)))
                {
                    named[modelId] = (rs, match);
                }

                if (s.Status is AffectedStatus.Fixed or AffectedStatus.Recommended && match.Confidence > MatchConfidence.Low)
                {
                    Append(fixes, modelId, new Candidate(ExposureState.Resolved, match.Confidence, MatchRule.ModelOnly, false, () => string.Empty, s, StatementEvaluator.FixedText(s, rs.Version), true));
                }

                foreach (var group in groups.GetValueOrDefault(modelId)?.Keys ?? Enumerable.Empty<DeviceGroup>())
                {
                    if (StatementEvaluator.Evaluate(rs, match, group.Version, versions) is { } c)
                    {
                        Append(perGroup, group, c);
                    }
                }
            }

            foreach (var (key, keyVersion) in rs.ComponentKeys)
            {
                foreach (var (component, _) in componentsByKey.GetValueOrDefault(key) ?? [])
                {
                    if ((onlyModel is { } only && component.ModelId != only) || !catalog.Models.TryGetValue(component.ModelId, out var model))
                    {
                        continue;
                    }

                    foreach (var group in groups.GetValueOrDefault(component.ModelId)?.Keys ?? Enumerable.Empty<DeviceGroup>())
                    {
                        if (AppliesTo(group, Trim(component.ModelVersion)) && SbomEvaluator.Evaluate(rs, key, keyVersion, component, model.Name, group.Unsupported, versions) is { } c)
                        {
                            Append(perGroup, group, c);
                        }
                    }
                }
            }
        }

        var result = into ?? [];
        var allGroups = perGroup.Keys.Concat(named.Keys.SelectMany(m => groups.GetValueOrDefault(m)?.Keys.Where(g => g.Unsupported) ?? [])).Distinct();
        foreach (var group in allGroups)
        {
            if (onlyDevices is not null && !Overlaps(groups[group.ModelId][group], onlyDevices))
            {
                // No device of this group is being recomputed: choosing and wording its exposure would be thrown away.
                continue;
            }

            var chosen = CandidateSelector.Select(perGroup.GetValueOrDefault(group) ?? [], fixes.GetValueOrDefault(group.ModelId) ?? []);
            if (chosen is null && group.Unsupported && named.TryGetValue(group.ModelId, out var by)
                && !UnsupportedRule.IsClearedByRange(byVulnerability.GetValueOrDefault(vulnerability) ?? [], group.ModelId, group.Version, versions))
            {
                chosen = UnsupportedPossible(by.Statement, by.Match, group);
            }

            if (chosen is null)
            {
                continue;
            }

            var patch = chosen.PatchAvailable && chosen.State is ExposureState.Affected or ExposureState.Possible;
            var reason = chosen.Reason() + (patch ? (chosen.FixedVersion is null ? " A fix is available." : $" A fix is available (version {chosen.FixedVersion}).") : string.Empty);
            foreach (var deviceId in groups[group.ModelId][group])
            {
                if (onlyDevices is null || onlyDevices.Contains(deviceId))
                {
                    var s = chosen.Statement;
                    result.Add(new Exposure(
                        deviceId, vulnerability, chosen.State, chosen.Rule, chosen.Confidence, reason, s.AdvisoryId, s.AdvisoryRevision,
                        s.StatementId, patch, chosen.FixedVersion, chosen.Unsupported));
                }
            }
        }

        return result;
    }

    private static bool Overlaps(HashSet<Guid> group, HashSet<Guid> only) =>
        group.Count <= only.Count ? group.Any(only.Contains) : only.Any(group.Contains);

    private static Candidate UnsupportedPossible(ResolvedStatement rs, ModelMatch match, DeviceGroup group)
    {
        var s = rs.Statement;
        var version = group.Version is null ? "an unknown version" : $"version {group.Version}";
        return new Candidate(
            ExposureState.Possible, MatchConfidence.Low, MatchRule.ModelOnly, false,
            () => $"Model '{match.Model.Name}' ({match.How}) is named in {s.AdvisoryLabel}, but no statement covers this device on {version}; the device is unsupported, so no manufacturer statement will.",
            s, s.FixedVersion, false, true);
    }

    private static bool Before(MatchStatement a, MatchStatement b)
    {
        var c = string.CompareOrdinal(a.AdvisoryId, b.AdvisoryId);
        return c < 0 || (c == 0 && string.CompareOrdinal(a.StatementId, b.StatementId) < 0);
    }

    /// <summary>A version-specific SBOM applies to devices on that version; the model's version-less SBOM to the others.</summary>
    private bool AppliesTo(DeviceGroup group, string? sbomVersion)
    {
        var specific = group.Version is null
            ? null
            : sbomVersionsByModel.GetValueOrDefault(group.ModelId)?.FirstOrDefault(v => v is not null && DeviceVersionComparer.Instance.Equals(v, group.Version));
        return specific is not null
            ? sbomVersion is not null && DeviceVersionComparer.Instance.Equals(sbomVersion, specific)
            : sbomVersion is null;
    }

    private void PutDevice(MatchDevice d)
    {
        if (devices.TryGetValue(d.Id, out var old))
        {
            groups[old.ModelId][Group(old)].Remove(d.Id);
        }

        devices[d.Id] = d;
        if (!groups.TryGetValue(d.ModelId, out var byGroup))
        {
            groups[d.ModelId] = byGroup = [];
        }

        var key = Group(d);
        if (!byGroup.TryGetValue(key, out var ids))
        {
            byGroup[key] = ids = [];
        }

        ids.Add(d.Id);
    }

    private static DeviceGroup Group(MatchDevice d) => new(d.ModelId, Trim(d.SoftwareVersion), d.Unsupported);

    private void PutStatements(string advisoryId, IReadOnlyList<MatchStatement> statements) =>
        PutResolved(advisoryId, [.. statements.Select(catalog.Resolve)]);

    private void PutResolved(string advisoryId, List<ResolvedStatement> resolved)
    {
        if (byAdvisory.Remove(advisoryId, out var old))
        {
            foreach (var rs in old)
            {
                byVulnerability[rs.Statement.VulnerabilityId].Remove(rs);
                if (byVulnerability[rs.Statement.VulnerabilityId].Count == 0)
                {
                    byVulnerability.Remove(rs.Statement.VulnerabilityId);
                }

                Count(rs, -1);
            }
        }

        if (resolved.Count == 0)
        {
            return;
        }

        byAdvisory[advisoryId] = resolved;
        foreach (var rs in resolved)
        {
            Append(byVulnerability, rs.Statement.VulnerabilityId, rs);
            Count(rs, +1);
        }
    }

    private void Count(ResolvedStatement rs, int delta)
    {
        var v = rs.Statement.VulnerabilityId;
        foreach (var m in rs.Models)
        {
            Bump(vulnerabilitiesByModel, m.Model.Id, v, delta);
        }

        foreach (var (key, _) in rs.ComponentKeys)
        {
            Bump(vulnerabilitiesByComponentKey, key, v, delta);
        }
    }

    private static void Bump<TKey>(Dictionary<TKey, Dictionary<string, int>> index, TKey key, string vulnerability, int delta)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var counts))
        {
            index[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        var n = counts.GetValueOrDefault(vulnerability) + delta;
        if (n > 0)
        {
            counts[vulnerability] = n;
        }
        else
        {
            counts.Remove(vulnerability);
        }
    }

    private void PutSbom(Guid modelId, string? modelVersion, IReadOnlyList<MatchSbomComponent> components)
    {
        if (sboms.Remove((modelId, modelVersion), out var old))
        {
            sbomVersionsByModel[modelId].Remove(modelVersion);
            foreach (var c in old)
            {
                foreach (var (key, _) in KeysOf(c))
                {
                    var list = componentsByKey[key];
                    list.RemoveAll(x => ReferenceEquals(x.Component, c));
                    if (list.Count == 0)
                    {
                        componentsByKey.Remove(key);
                    }
                }
            }
        }

        if (components.Count == 0)
        {
            return;
        }

        var kept = components.Select(c => c with { ModelId = modelId, ModelVersion = modelVersion }).ToList();
        sboms[(modelId, modelVersion)] = kept;
        if (!sbomVersionsByModel.TryGetValue(modelId, out var versions))
        {
            sbomVersionsByModel[modelId] = versions = [];
        }

        versions.Add(modelVersion);
        foreach (var c in kept)
        {
            foreach (var (key, version) in KeysOf(c))
            {
                Append(componentsByKey, key, (c, version));
            }
        }
    }

    private static IEnumerable<(string Key, string? Version)> KeysOf(MatchSbomComponent c)
    {
        if (ComponentKeys.Purl(c.Purl) is { } purl)
        {
            yield return purl;
        }

        if (ComponentKeys.Cpe(c.Cpe) is { } cpe)
        {
            yield return cpe;
        }

        if (ComponentKeys.Name(c.Name) is { } name)
        {
            yield return (name, c.Version);
        }
    }

    private IEnumerable<UnresolvedStatement> Unresolved() =>
        byAdvisory.Values.SelectMany(x => x).Where(r => r.Unresolved is not null)
            .Select(r => new UnresolvedStatement(r.Statement.StatementId, r.Statement.AdvisoryId, r.Statement.VulnerabilityId, r.Unresolved!));

    private void Add(Exposure e)
    {
        exposures[e.Key] = e;
        Append(exposedByVulnerability, e.VulnerabilityId, e.DeviceId);
        if (!exposedByDevice.TryGetValue(e.DeviceId, out var vs))
        {
            exposedByDevice[e.DeviceId] = vs = new HashSet<string>(StringComparer.Ordinal);
        }

        vs.Add(e.VulnerabilityId);
    }

    private void Remove(ExposureKey key)
    {
        if (exposures.Remove(key))
        {
            exposedByVulnerability[key.VulnerabilityId].Remove(key.DeviceId);
            exposedByDevice[key.DeviceId].Remove(key.VulnerabilityId);
        }
    }

    private static void Append<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }

    private static void Append<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = [];
        }

        set.Add(value);
    }

    private static string? Trim(string? version) => string.IsNullOrWhiteSpace(version) ? null : version.Trim();
}
