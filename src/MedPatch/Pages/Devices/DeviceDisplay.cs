using System.Globalization;
using System.Text.Json;
using MedPatch.Core.Devices;

namespace MedPatch.Pages.Devices;

/// <summary>How device values read on the pages: words instead of enum names, ISO dates, a dash for "not recorded".</summary>
public static class DeviceDisplay
{
    public const string Missing = "—";

    public static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? Missing : value;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Missing;

    public static string Instant(DateTime? instant) => instant?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? Missing;

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => Missing };

    public static string Words<TEnum>(TEnum? value)
        where TEnum : struct, Enum =>
        value is { } v ? Words(v) : Missing;

    /// <summary>LifeCritical → "Life critical", EndOfSupport → "End of support".</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var words = JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()).Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The classes of a support status badge in the site stylesheet, e.g. "badge end_of_support".</summary>
    public static string SupportClass(SupportStatus status) => "badge " + JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
