using System.Globalization;
using MedPatch.Core.Devices;

namespace MedPatch.Core.Inventory;

/// <summary>
/// Parses the cell values CMMS exports use for yes/no, criticality, service state and dates. Words are compared
/// by <see cref="HeaderSynonyms.Key"/>, so "Life-Critical", "life critical" and "LIFE_CRITICAL" are one word.
/// </summary>
public static class InventoryValues
{
    public const string BoolWords = "yes/no, y/n, true/false, 1/0";
    public const string CriticalityWords = "low, medium, high, life_critical";
    public const string InServiceWords = "in_service, out_of_service, retired (also active/inactive, yes/no)";
    public const string DateWords = "YYYY-MM-DD";

    public static bool TryParseBool(string text, out bool value)
    {
        switch (HeaderSynonyms.Key(text))
        {
            case "yes" or "y" or "true" or "t" or "1":
                value = true;
                return true;
            case "no" or "n" or "false" or "f" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryParseCriticality(string text, out ClinicalCriticality value)
    {
        ClinicalCriticality? parsed = HeaderSynonyms.Key(text) switch
        {
            "low" => ClinicalCriticality.Low,
            "medium" or "med" or "moderate" => ClinicalCriticality.Medium,
            "high" => ClinicalCriticality.High,
            "lifecritical" or "lifesupport" or "lifesustaining" => ClinicalCriticality.LifeCritical,
            _ => null,
        };
        value = parsed.GetValueOrDefault();
        return parsed is not null;
    }

    public static bool TryParseInService(string text, out InServiceState value)
    {
        InServiceState? parsed = HeaderSynonyms.Key(text) switch
        {
            "inservice" or "active" or "yes" or "y" or "true" or "1" => InServiceState.InService,
            "outofservice" or "inactive" or "no" or "n" or "false" or "0" => InServiceState.OutOfService,
            "retired" or "disposed" or "decommissioned" => InServiceState.Retired,
            _ => null,
        };
        value = parsed.GetValueOrDefault();
        return parsed is not null;
    }

    /// <summary>
    /// Only ISO dates (a time part after 'T' or a space is ignored): 03/04/2027 means March in one hospital and
    /// April in the next, so a guess would silently corrupt support dates.
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly value)
    {
        var trimmed = text.Trim();
        var cut = trimmed.IndexOfAny(['T', ' ']);
        if (cut == 10)
        {
            trimmed = trimmed[..10];
        }

        return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>The export spelling of the values, which <see cref="TryParseCriticality"/> reads back.</summary>
    public static string Format(ClinicalCriticality value) => value switch
    {
        ClinicalCriticality.Low => "low",
        ClinicalCriticality.Medium => "medium",
        ClinicalCriticality.High => "high",
        _ => "life_critical",
    };

    public static string Format(InServiceState value) => value switch
    {
        InServiceState.InService => "in_service",
        InServiceState.OutOfService => "out_of_service",
        _ => "retired",
    };

    public static string Format(bool value) => value ? "yes" : "no";

    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
