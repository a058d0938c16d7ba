using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Matching;

/// <summary>
/// Builds match statements from a normalized advisory (its current revision): the advisory id is the tracking id,
/// the statement id "tracking id/vulnerability/product key". A product has a patch when a vendor_fix remediation
/// names it (or names no product); its fixed version is the one version the advisory's fixed statements give for
/// the same vendor and product, if they give exactly one.
/// </summary>
public static class MatchStatements
{
    public static IReadOnlyList<MatchStatement> FromAdvisory(NormalizedAdvisory advisory)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        var fixes = advisory.Remediations
            .Where(r => r.Category is RemediationCategory.VendorFix)
            .Select(r => (r.CveId, r.ProductKey))
            .ToHashSet();
        var fixedVersions = advisory.Statements
            .Where(s => s.Status is AffectedStatus.Fixed)
            .GroupBy(s => (s.CveId, Product: ProductKey(s.Vendor, s.Product)))
            .ToDictionary(g => g.Key, g => g.Select(s => FixedVersion(s.Version, s.VersionRange)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        return advisory.Statements.Select(s =>
        {
            var fixedVersion = s.Status is AffectedStatus.Affected or AffectedStatus.UnderInvestigation
                && fixedVersions.TryGetValue((s.CveId, ProductKey(s.Vendor, s.Product)), out var versions) && versions.Count == 1
                    ? versions[0]
                    : null;
            return new MatchStatement(
                $"{advisory.TrackingId}/{s.CveId}/{s.ProductKey}",
                s.CveId,
                advisory.TrackingId,
                advisory.Version,
                s.Vendor,
                s.Product,
                s.ProductName,
                s.Version,
                s.VersionRange,
                s.RawVersion,
                s.ModelNumbers,
                s.Cpe,
                s.Purl,
                s.Status,
                s.Justification,
                fixedVersion,
                fixes.Contains((s.CveId, s.ProductKey)) || fixes.Contains((s.CveId, null)),
                s.ConfidenceNote,
                s.Relationship?.PlatformName);
        }).ToList();
    }

    /// <summary>The key under which fixed and affected statements of one vendor's product meet.</summary>
    public static string ProductKey(string? vendor, string? product) =>
        ManufacturerName.Normalize(vendor ?? string.Empty) + "|" + Devices.ModelName.Normalize(product ?? string.Empty);

    /// <summary>The version a fixed statement names: its version, or the one version its range starts at.</summary>
    public static string? FixedVersion(string? version, string? versionRange)
    {
        if (version is not null)
        {
            return version;
        }

        return versionRange is { } vr && VersRange.TryParse(vr, out var range, out _)
            && range!.Constraints is [{ Comparator: VersComparator.Equal or VersComparator.GreaterThanOrEqual } only]
                ? only.Version
                : null;
    }
}
