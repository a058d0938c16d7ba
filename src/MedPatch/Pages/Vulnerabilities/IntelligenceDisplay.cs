using System.Globalization;

namespace MedPatch.Pages.Vulnerabilities;

/// <summary>How vulnerability and advisory values read on the pages: ISO dates, one-decimal scores, words for codes, a dash for "not given".</summary>
public static class IntelligenceDisplay
{
    public const string Missing = "—";

    public static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? Missing : value;

    public static string Date(DateTime? instant) => instant?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Missing;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Missing;

    public static string Instant(DateTime? instant) => instant?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? Missing;

    public static string Score(decimal? score) => score?.ToString("0.0", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>An EPSS probability as a percentage with enough digits to tell small ones apart (0.043%).</summary>
    public static string Probability(double? value) =>
        value is { } v ? (v * 100).ToString(v < 0.01 ? "0.###" : "0.0#", CultureInfo.InvariantCulture) + "%" : Missing;

    /// <summary>A percentile (0–1) as "97th"-style text.</summary>
    public static string Percentile(double? value) =>
        value is { } v ? (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + " percentile" : Missing;

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"not_affected" → "Not affected", "vendor_fix" → "Vendor fix".</summary>
    public static string Words(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Missing;
        }

        var words = code.Trim().Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A document category for people: "csaf_security_advisory" reads "Security advisory".</summary>
    public static string Kind(string? category) =>
        Words(category is not null && category.StartsWith("csaf_", StringComparison.OrdinalIgnoreCase) ? category["csaf_".Length..] : category);

    /// <summary>The badge classes of a CVSS severity (none, low, medium, high, critical) in the site stylesheet.</summary>
    public static string SeverityClass(string? severity) =>
        "badge severity-" + (severity?.Trim().ToLowerInvariant() switch
        {
            "none" or "low" or "medium" or "high" or "critical" => severity.Trim().ToLowerInvariant(),
            _ => "unknown",
        });

    /// <summary>The badge classes of an affected status (affected, fixed, not_affected, under_investigation, recommended).</summary>
    public static string StatusClass(string? status) =>
        "badge status-" + (status?.Trim().ToLowerInvariant() switch
        {
            "affected" or "fixed" or "not_affected" or "under_investigation" or "recommended" => status.Trim().ToLowerInvariant(),
            _ => "unknown",
        });
}
