using System.Numerics;

namespace MedPatch.Core.Standards.Versions;

/// <summary>A run of digits (compared as a number) or of letters (compared case-insensitively).</summary>
internal readonly record struct VersionToken(bool IsNumber, BigInteger Number, string Text);

/// <summary>Splits versions into digit and letter runs; anything else separates runs.</summary>
internal static class VersionTokens
{
    public static List<VersionToken> Split(string value)
    {
        var tokens = new List<VersionToken>();
        var i = 0;
        while (i < value.Length)
        {
            var start = i;
            if (char.IsAsciiDigit(value[i]))
            {
                while (i < value.Length && char.IsAsciiDigit(value[i]))
                {
                    i++;
                }

                tokens.Add(new(true, BigInteger.Parse(value.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture), ""));
            }
            else if (char.IsLetter(value[i]))
            {
                while (i < value.Length && char.IsLetter(value[i]))
                {
                    i++;
                }

                tokens.Add(new(false, BigInteger.Zero, value[start..i]));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    /// <summary>
    /// Token-wise comparison: numbers numerically, letters ordinal ignoring case, letters before numbers,
    /// and missing tokens count as zero so "2.0" equals "2.0.0" while "2.0" is before "2.0.1" and "2.0a".
    /// </summary>
    public static int Compare(IReadOnlyList<VersionToken> x, IReadOnlyList<VersionToken> y)
    {
        var zero = new VersionToken(true, BigInteger.Zero, "");
        for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
        {
            var a = i < x.Count ? x[i] : zero;
            var b = i < y.Count ? y[i] : zero;
            var c = (a.IsNumber, b.IsNumber) switch
            {
                (true, true) => a.Number.CompareTo(b.Number),
                (false, false) => string.Compare(a.Text, b.Text, StringComparison.OrdinalIgnoreCase),
                (true, false) => i < x.Count ? 1 : -1,
                (false, true) => i < y.Count ? -1 : 1,
            };
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }
}
