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
            .GroupBy(s => (s.CveId, Product: ProductKey(s)))
            .ToDictionary(g => g.Key, g => g.Select(FixedVersion).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        return advisory.Statements.Select(s =>
        {
            var fixedVersion = s.Status is AffectedStatus.Affected or AffectedStatus.UnderInvestigation
                && fixedVersions.TryGetValue((s.CveId, ProductKey(s)), out var versions) && versions.Count == 1
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

    private static string ProductKey(AffectedStatement s) =>
        ManufacturerName.Normalize(s.Vendor ?? string.Empty) + "|" + Devices.ModelName.Normalize(s.Product ?? string.Empty);

    private static string? FixedVersion(AffectedStatement s)
    {
        if (s.Version is not null)
        {
            return s.Version;
        }

        return s.VersionRange is { } vr && VersRange.TryParse(vr, out var range, out _)
            && range!.Constraints is [{ Comparator: VersComparator.Equal or VersComparator.GreaterThanOrEqual } only]
                ? only.Version
                : null;
    }
}
