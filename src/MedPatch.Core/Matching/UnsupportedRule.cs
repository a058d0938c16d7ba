using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Matching;

/// <summary>
/// An unsupported device whose version no statement decides is "possible" when an affected statement names its
/// model: its manufacturer will not assess it any more, and the versions an advisory lists are often only the
/// supported ones. The exception is a range open below ("&lt; 3.x", "&lt;= 9.33.1") that ends under the device's
/// version: the manufacturer then covered every older version and left the device's out, which is a statement
/// about it. A not-affected or fixed statement decides the device and is never overridden by this rule.
/// </summary>
internal static class UnsupportedRule
{
    public static bool IsClearedByRange(IEnumerable<ResolvedStatement> statements, Guid modelId, string? deviceVersion, VersionCache cache)
    {
        if (deviceVersion is null)
        {
            return false;
        }

        foreach (var rs in statements)
        {
            if (CatalogIndex.NamesAffected(rs.Statement.Status) && rs.Version is { Kind: VersionReadingKind.Range, Range: { } range }
                && range.Constraints.All(c => c.Comparator is VersComparator.LessThan or VersComparator.LessThanOrEqual)
                && rs.Models.Any(m => m.Model.Id == modelId && m.Confidence > MatchConfidence.Low)
                && !cache.Contains(range, deviceVersion))
            {
                return true;
            }
        }

        return false;
    }
}
