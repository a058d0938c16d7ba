using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>
/// A value of CSAF 2.0 <c>version_t</c> (section 3.1.11): integer versioning ("1", "2", …) or Semantic Versioning 2.0.0
/// ("1.4.0-rc.1+build.5").
/// </summary>
internal sealed partial record CsafVersionNumber(string Text, bool IsInteger, BigInteger Major, BigInteger Minor, BigInteger Patch, string? PreRelease, string? Build)
{
    public static CsafVersionNumber? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (IntegerVersion().IsMatch(text))
        {
            return new(text, true, BigInteger.Parse(text, CultureInfo.InvariantCulture), 0, 0, null, null);
        }

        var match = SemanticVersion().Match(text);
        if (!match.Success)
        {
            return null;
        }

        return new(
            text,
            false,
            BigInteger.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            BigInteger.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            BigInteger.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture),
            match.Groups[4].Success ? match.Groups[4].Value : null,
            match.Groups[5].Success ? match.Groups[5].Value : null);
    }

    /// <summary>Precedence (SemVer section 11; build metadata does not count); an integer version N ranks as major N.</summary>
    public static int Compare(CsafVersionNumber a, CsafVersionNumber b)
    {
        var c = a.Major.CompareTo(b.Major);
        if (c == 0)
        {
            c = a.Minor.CompareTo(b.Minor);
        }

        if (c == 0)
        {
            c = a.Patch.CompareTo(b.Patch);
        }

        return c != 0 ? c : ComparePreRelease(a.PreRelease, b.PreRelease);
    }

    /// <summary>The same version ignoring build metadata and, when asked, the pre-release part.</summary>
    public bool SameAs(CsafVersionNumber other, bool ignorePreRelease) =>
        IsInteger == other.IsInteger && Major == other.Major && Minor == other.Minor && Patch == other.Patch
        && (ignorePreRelease || string.Equals(PreRelease, other.PreRelease, StringComparison.Ordinal));

    private static int ComparePreRelease(string? a, string? b)
    {
        if (a is null || b is null)
        {
            // A version without a pre-release part ranks above one with it.
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        var left = a.Split('.');
        var right = b.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumeric = BigInteger.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var l);
            var rightNumeric = BigInteger.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var r);
            var c = (leftNumeric, rightNumeric) switch
            {
                (true, true) => l.CompareTo(r),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (c != 0)
            {
                return Math.Sign(c);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerVersion();

    // SemVer 2.0.0, as in the CSAF 2.0 schema's version_t.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-((?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex SemanticVersion();
}
