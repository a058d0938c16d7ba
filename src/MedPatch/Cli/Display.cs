using System.Globalization;
using MedPatch.Core.Devices;

namespace MedPatch.Cli;

/// <summary>How values read for people, the same in tables, pages and exports.</summary>
public static class Display
{
    public static string Support(SupportStatus status, DateOnly? endOfSupport) => status switch
    {
        SupportStatus.Supported => "supported" + (endOfSupport is { } d ? " until " + Date(d) : string.Empty),
        SupportStatus.EndOfSupport => "end of support" + (endOfSupport is { } d ? " since " + Date(d) : string.Empty),
        _ => "unknown",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    public static string Snake<TEnum>(TEnum value)
        where TEnum : struct, Enum => Data.Conventions.SnakeCaseNames.Convert(value.ToString());

    public static string? Snake<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Snake(v) : null;
}
