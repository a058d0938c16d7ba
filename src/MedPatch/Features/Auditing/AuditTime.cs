using System.Globalization;

namespace MedPatch.Features.Auditing;

/// <summary>
/// Reads the time bounds people type: a date means that whole day (UTC), so "--since 2026-03-01 --until
/// 2026-03-31" covers all of March; a date and time (ISO 8601, UTC unless an offset is given) is taken as it is.
/// </summary>
public static class AuditTime
{
    public static bool TryParse(string? text, bool isUpperBound, out DateTime? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            instant = isUpperBound ? start.AddDays(1) : start;
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            instant = moment.UtcDateTime;
            return true;
        }

        return false;
    }
}
