using System.Globalization;

namespace MedPatch.Core.Standards.Versions;

/// <summary>The "datetime" vers scheme: RFC 3339 timestamps compared as instants (offsets applied).</summary>
public sealed class DateTimeVersionComparer : IComparer<string>
{
    public static DateTimeVersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (TryParse(x, out var a) && TryParse(y, out var b))
        {
            return a.UtcDateTime.CompareTo(b.UtcDateTime);
        }

        return string.CompareOrdinal(x, y);
    }

    private static bool TryParse(string? value, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
}
