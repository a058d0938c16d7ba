using MedPatch.Core.Standards.Cve;

namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// CVE JSON 5 "affected" entries as statements: one per listed version or range (a range with "changes" is cut
/// into one statement per status), and one for the product's defaultStatus when the record states it.
/// </summary>
internal static class CveAffectedStatements
{
    /// <param name="keys">The product keys already given out for this record, so keys stay unique across entries.</param>
    public static IEnumerable<AffectedStatement> For(string cveId, CveAffected affected, string keyPrefix, string? note, HashSet<string> keys)
    {
        var vendor = affected.Vendor?.Trim();
        var product = (affected.Product ?? affected.PackageName)?.Trim();
        var cpe = affected.Cpes.Count > 0 ? affected.Cpes[0] : null;
        var baseKey = keyPrefix + string.Join('|', vendor ?? "", product ?? "");
        var statements = new List<AffectedStatement>();
        foreach (var version in affected.Versions)
        {
            foreach (var (raw, range, status) in Segments(version))
            {
                var (exact, vers, rangeNote) = range ?? ExactVersionText.Read(raw);
                statements.Add(new AffectedStatement(
                    cveId, UniqueKey(keys, baseKey + "|" + raw), vendor, product, product, exact, vers, raw, [], cpe, null, Status(status),
                    null, null, Join(note, rangeNote, StatusNote(status)), null));
            }
        }

        if (affected.DefaultStatus is { } defaultStatus)
        {
            // The default covers every version the list does not name; with no list that is every version.
            var noteText = affected.Versions.Count == 0 ? null : "defaultStatus: applies to versions not listed";
            statements.Add(new AffectedStatement(
                cveId, UniqueKey(keys, baseKey + "|(default)"), vendor, product, product, null, affected.Versions.Count == 0 ? "vers:all/*" : null, "*", [], cpe, null,
                Status(defaultStatus), null, null, Join(note, noteText, StatusNote(defaultStatus)), null));
        }
        else if (affected.Versions.Count == 0)
        {
            statements.Add(new AffectedStatement(
                cveId, UniqueKey(keys, baseKey + "|(default)"), vendor, product, product, null, null, null, [], cpe, null, AffectedStatus.UnderInvestigation,
                null, null, Join(note, "no versions and no defaultStatus: the CVE schema's default status is unknown"), null));
        }

        return statements;
    }

    /// <summary>A record may list one version twice; the second statement gets "#2" so keys stay unique.</summary>
    private static string UniqueKey(HashSet<string> keys, string key)
    {
        var unique = key;
        for (var n = 2; !keys.Add(unique); n++)
        {
            unique = key + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private static IEnumerable<(string Raw, (string? Exact, string? Vers, string? Note)? Range, string Status)> Segments(CveAffectedVersion v)
    {
        var scheme = Scheme(v.VersionType);
        var lower = IsOpen(v.Version) ? null : v.Version.Trim();
        if (!v.IsRange)
        {
            yield return (v.Version.Trim(), null, v.Status);
            yield break;
        }

        var upper = (v.LessThan ?? v.LessThanOrEqual)!.Trim();
        var upperInclusive = v.LessThan is null;
        if (upper == "*")
        {
            upper = null!;
        }

        // "changes" switch the status at later versions: [version, at1) keeps the status, [at1, at2) takes the
        // first change's, and so on up to the upper bound.
        var bounds = new List<(string? From, string Status)> { (lower, v.Status) };
        bounds.AddRange(v.Changes.Select(c => ((string?)c.At.Trim(), c.Status)));
        for (var i = 0; i < bounds.Count; i++)
        {
            var (from, status) = bounds[i];
            var last = i == bounds.Count - 1;
            var to = last ? upper : bounds[i + 1].From;
            var toInclusive = last && upperInclusive;
            var raw = Describe(from, to, toInclusive);
            if (scheme is null)
            {
                yield return (raw, (null, null, $"versionType '{v.VersionType}' has no vers scheme"), status);
                continue;
            }

            var range = VersionRangeConverter.FromBounds(raw, scheme, from, true, to, toInclusive);
            yield return (raw, (null, range.Vers, range.Note), status);
        }
    }

    private static string Describe(string? from, string? to, bool toInclusive)
    {
        var parts = new List<string>();
        if (from is not null)
        {
            parts.Add(">= " + from);
        }

        if (to is not null)
        {
            parts.Add((toInclusive ? "<= " : "< ") + to);
        }

        return parts.Count == 0 ? "*" : string.Join(" | ", parts);
    }

    private static bool IsOpen(string version) => version.Trim() is "" or "0" or "*" or "n/a" or "unspecified" or "-";

    /// <summary>The vers scheme for a CVE versionType; null for types vers cannot compare (git commits, dates).</summary>
    private static string? Scheme(string? versionType) => versionType?.Trim().ToUpperInvariant() switch
    {
        null or "" or "CUSTOM" => VersionRangeConverter.DeviceScheme,
        "SEMVER" => "semver",
        "MAVEN" => "maven",
        "PYTHON" or "PYPI" => "pypi",
        "RPM" => "rpm",
        "DEB" or "DEBIAN" => "deb",
        "NPM" => "npm",
        "GENERIC" => "generic",
        _ => null,
    };

    private static AffectedStatus Status(string status) => status switch
    {
        "affected" => AffectedStatus.Affected,
        "unaffected" => AffectedStatus.NotAffected,
        _ => AffectedStatus.UnderInvestigation,
    };

    private static string? StatusNote(string status) => status is "affected" or "unaffected" ? null : $"CVE status '{status}'";

    internal static string? Join(params string?[] notes)
    {
        var present = notes.Where(n => !string.IsNullOrEmpty(n)).ToList();
        return present.Count == 0 ? null : string.Join("; ", present);
    }
}
