using System.Globalization;
using MedPatch.Core.Risk;
using MedPatch.Features.Exposures;

namespace MedPatch.Pages.Exposures;

/// <summary>How exposure values read on the pages: words for the snake_case labels the API writes, decisions in SSVC's spelling.</summary>
public static class ExposureDisplay
{
    public const string Missing = "—";

    public const string Unranked = "unranked";

    /// <summary>The decisions from most to least urgent, then the exposures that need no action; the order of the page's tabs.</summary>
    public static IReadOnlyList<string> Decisions { get; } = ["immediate", "out_of_cycle", "scheduled", "defer", Unranked];

    /// <summary>The label of a stored decision, "unranked" for none.</summary>
    public static string Label(DeployerDecision? decision) => ExposureLabels.Of(decision);

    /// <summary>"out_of_cycle" reads "Out-of-cycle", as SSVC writes it.</summary>
    public static string Decision(string? label) => label switch
    {
        "immediate" => "Immediate",
        "out_of_cycle" => "Out-of-cycle",
        "scheduled" => "Scheduled",
        "defer" => "Defer",
        Unranked => "Unranked (resolved or suppressed)",
        _ => Words(label),
    };

    public static string DecisionClass(string label) => "badge decision-" + (Decisions.Contains(label) ? label : Unranked);

    public static string ConfidenceClass(string label) => "badge confidence-" + label;

    /// <summary>"model_version_range" reads "Model version range".</summary>
    public static string Words(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return Missing;
        }

        var words = label.Trim().Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? Missing : value;

    public static string Priority(double? priority) => priority?.ToString("0.00", CultureInfo.InvariantCulture) ?? Missing;

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Date(DateTime? instant) => instant?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>The advisory and its revision: "ICSMA-20-317-01 rev. 2".</summary>
    public static string Advisory(ExposureListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.IsNullOrWhiteSpace(item.AdvisoryRevision) ? item.Advisory : $"{item.Advisory} rev. {item.AdvisoryRevision}";
    }

    /// <summary>The vulnerability page of a CVE id; null for an advisory's own vulnerability id, which has no page.</summary>
    public static string? VulnerabilityHref(string cve) =>
        Features.Intelligence.Api.CveIds.Normalize(cve) is { } id ? "/vulnerabilities/" + id : null;

    public static string AdvisoryHref(string trackingId) => "/advisories/" + Uri.EscapeDataString(trackingId);

    /// <summary>What the fix situation is: the fixed version when a statement names one.</summary>
    public static string Patch(ExposureListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (item.PatchAvailable, item.FixedVersion) switch
        {
            (true, { Length: > 0 } fixedIn) => "Patch available: " + fixedIn,
            (true, _) => "Patch available",
            (false, { Length: > 0 } fixedIn) => "Fixed in " + fixedIn,
            _ => "No patch known",
        };
    }
}
