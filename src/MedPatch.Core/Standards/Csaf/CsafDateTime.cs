namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// The JSON schema "date-time" format, which is RFC 3339 section 5.6: full-date "T" full-time with a mandatory
/// offset ("Z" or ±hh:mm), "T" and "Z" also in lower case, fractions of any length and a leap second 60.
/// </summary>
public static class CsafDateTime
{
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    public static bool IsValid(string text) => TryParse(text, out _);

    public static DateTimeOffset Parse(string text)
    {
        return TryParse(text, out var value) ? value : throw new FormatException($"\"{text}\" is no RFC 3339 date-time");
    }

    /// <summary>A leap second (…:60) reads as second 59 of that minute, as .NET has no second 60.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var s = text.AsSpan();
        if (s.Length < 20
            || !Digits(s, 0, 4, out var year) || s[4] != '-'
            || !Digits(s, 5, 2, out var month) || s[7] != '-'
            || !Digits(s, 8, 2, out var day) || (s[10] != 'T' && s[10] != 't')
            || !Digits(s, 11, 2, out var hour) || s[13] != ':'
            || !Digits(s, 14, 2, out var minute) || s[16] != ':'
            || !Digits(s, 17, 2, out var second))
        {
            return false;
        }

        var i = 19;
        long ticks = 0;
        if (s[i] == '.')
        {
            i++;
            var start = i;
            var scale = TimeSpan.TicksPerSecond;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                scale /= 10;
                ticks += (s[i] - '0') * scale;
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i >= s.Length)
        {
            return false;
        }

        int offsetMinutes;
        if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == s.Length)
        {
            offsetMinutes = 0;
        }
        else if ((s[i] == '+' || s[i] == '-') && i + 6 == s.Length
            && Digits(s, i + 1, 2, out var offsetHours) && s[i + 3] == ':' && Digits(s, i + 4, 2, out var offsetMinute)
            && offsetHours <= 23 && offsetMinute <= 59)
        {
            offsetMinutes = (offsetHours * 60 + offsetMinute) * (s[i] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        if (year == 0)
        {
            // RFC 3339 allows year 0000; .NET cannot represent it, and no advisory is from then.
            value = DateTimeOffset.MinValue;
            return true;
        }

        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified).AddTicks(ticks);
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        if (offset.Duration() <= MaxOffset)
        {
            value = new DateTimeOffset(local, offset);
            return true;
        }

        // RFC 3339 allows offsets up to ±23:59, .NET only up to ±14:00: such an instant is kept, in UTC.
        var utc = local.Ticks - offset.Ticks;
        value = utc < DateTime.MinValue.Ticks ? DateTimeOffset.MinValue
            : utc > DateTime.MaxValue.Ticks ? DateTimeOffset.MaxValue
            : new DateTimeOffset(utc, TimeSpan.Zero);
        return true;
    }

    // Year 0000 of RFC 3339 is the proleptic Gregorian leap year 1 BC, which DateTime does not cover.
    private static int DaysInMonth(int year, int month) => DateTime.DaysInMonth(year == 0 ? 2000 : year, month);

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        foreach (var c in s.Slice(start, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }
}
