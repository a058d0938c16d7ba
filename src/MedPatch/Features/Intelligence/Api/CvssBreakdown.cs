using MedPatch.Core.Standards.Cvss;

namespace MedPatch.Features.Intelligence.Api;

/// <summary>One metric of a vector: abbreviation and value as written, with the names the specification gives them.</summary>
public sealed record CvssMetricValue(string Group, string Metric, string Name, string Value, string ValueName);

/// <summary>
/// A CVSS vector with its computed scores and every metric spelled out. <see cref="Error"/> explains a vector that
/// does not follow its specification; such a vector is still shown, with no scores, so nothing a source said is hidden.
/// </summary>
public sealed record CvssBreakdown(
    string Vector,
    string? Version,
    decimal? BaseScore,
    decimal? TemporalScore,
    decimal? EnvironmentalScore,
    string? Severity,
    IReadOnlyList<CvssMetricValue> Metrics,
    string? Error)
{
    /// <summary>Scores the vector with <see cref="CvssCalculator"/> and names each of its metrics.</summary>
    public static CvssBreakdown Of(string vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var trimmed = vector.Trim();
        CvssResult result;
        try
        {
            result = CvssCalculator.Calculate(trimmed);
        }
        catch (CvssFormatException e)
        {
            return new CvssBreakdown(trimmed, null, null, null, null, null, [], e.Message);
        }

        var version = result.Version;
        var body = trimmed.StartsWith("CVSS:", StringComparison.Ordinal) ? trimmed[(trimmed.IndexOf('/', StringComparison.Ordinal) + 1)..] : trimmed;
        var metrics = new List<CvssMetricValue>();
        foreach (var part in body.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var key = part[..colon];
            var value = part[(colon + 1)..];
            var definition = CvssMetricNames.Find(version, key);
            metrics.Add(new CvssMetricValue(
                definition?.Group ?? "other",
                key,
                definition?.Name ?? key,
                value,
                definition is not null && definition.Values.TryGetValue(value, out var valueName) ? valueName : value));
        }

        return new CvssBreakdown(trimmed, version, result.BaseScore, result.TemporalScore, result.EnvironmentalScore, result.Severity, metrics, null);
    }
}
