using MedPatch.Core.Standards.Cvss;

namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// The one CVSS figure a list shows: the newest version a source gave (4.0, else 3.x, else 2.0). The severity is
/// rated from the score as the specifications define it, so every list spells it the same way whatever a source wrote.
/// </summary>
public sealed record CvssHeadline(decimal? Score, string? Severity, string? Version)
{
    public static CvssHeadline Pick(decimal? v2Score, string? v3Vector, decimal? v3Score, decimal? v4Score) =>
        v4Score is { } v4 ? new(v4, CvssSeverity.Rate(v4), "4.0")
        : v3Score is { } v3 ? new(v3, CvssSeverity.Rate(v3), v3Vector?.StartsWith("CVSS:3.0/", StringComparison.Ordinal) == true ? "3.0" : "3.1")
        : v2Score is { } v2 ? new(v2, CvssSeverity.RateV2(v2), "2.0")
        : new(null, null, null);
}
