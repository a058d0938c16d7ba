using System.Globalization;
using System.Text.RegularExpressions;
using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// Turns the version ranges advisories write into vers strings: vers strings themselves ("vers:generic/&lt;=2.4"),
/// comparator lists joined by "|" ("&gt;= 1.3.4 | &lt; 1.5.3", "B.02 | C.02"), and trailing wildcards ("5.x.x",
/// "&lt;= 12.2.x.x"). Anything else (dates, prose, several product lines in one text) is kept as written with a note:
/// guessing would make devices match or miss ranges their maker never meant.
/// </summary>
public static partial class VersionRangeConverter
{
    /// <summary>MedPatch's vers scheme for device firmware and software versions ("2.4A", "C.00.04", "R8.0.3").</summary>
    public const string DeviceScheme = Standards.Versions.VersionSchemes.Device;

    private static readonly (string Symbol, VersComparator Comparator)[] Comparators =
    [
        (">=", VersComparator.GreaterThanOrEqual), ("<=", VersComparator.LessThanOrEqual), ("!=", VersComparator.NotEqual),
        ("=>", VersComparator.GreaterThanOrEqual), ("=<", VersComparator.LessThanOrEqual),
        (">", VersComparator.GreaterThan), ("<", VersComparator.LessThan), ("=", VersComparator.Equal),
    ];

    /// <summary>Converts a range text; <paramref name="scheme"/> is used when the text is not already a vers string.</summary>
    public static VersionRangeText Convert(string raw, string scheme = DeviceScheme)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Trim();
        if (text.StartsWith("vers:", StringComparison.OrdinalIgnoreCase))
        {
            return FromVers(raw, text);
        }

        if (text is "*" || text.Equals("all", StringComparison.OrdinalIgnoreCase) || text.Equals("all versions", StringComparison.OrdinalIgnoreCase))
        {
            return new(raw, "vers:all/*", null);
        }

        // "All versions < V9.0 SP3", "All firmware versions < V6.00.320": the words add nothing to the bound.
        text = AllVersionsPrefix().Replace(text, string.Empty);
        var constraints = new List<VersConstraint>();
        var notes = new List<string>();
        foreach (var part in text.Split('|'))
        {
            var error = AddConstraints(part.Trim(), constraints, notes);
            if (error is not null)
            {
                return new(raw, null, error);
            }
        }

        return Build(raw, scheme, constraints, notes.Count == 0 ? null : string.Join("; ", notes));
    }

    /// <summary>Builds a vers range from bounds (CVE lessThan, NVD versionStart/End…); null bounds are open.</summary>
    public static VersionRangeText FromBounds(string raw, string scheme, string? lower, bool lowerInclusive, string? upper, bool upperInclusive)
    {
        ArgumentNullException.ThrowIfNull(raw);
        lower = WithoutVersionWord(lower);
        upper = WithoutVersionWord(upper);
        var constraints = new List<VersConstraint>();
        if (lower is not null)
        {
            if (!IsVersionToken(lower))
            {
                return new(raw, null, $"lower bound '{lower}' is not a plain version");
            }

            constraints.Add(new(lowerInclusive ? VersComparator.GreaterThanOrEqual : VersComparator.GreaterThan, lower));
        }

        if (upper is not null)
        {
            if (!IsVersionToken(upper))
            {
                return new(raw, null, $"upper bound '{upper}' is not a plain version");
            }

            constraints.Add(new(upperInclusive ? VersComparator.LessThanOrEqual : VersComparator.LessThan, upper));
        }

        return constraints.Count == 0 ? new(raw, "vers:all/*", null) : Build(raw, scheme, constraints, null);
    }

    /// <summary>"versions 3.2" → "3.2": CVE records often repeat the word inside lessThan.</summary>
    private static string? WithoutVersionWord(string? bound)
    {
        if (bound is null)
        {
            return null;
        }

        var text = bound.Trim();
        foreach (var word in (string[])["versions ", "version ", "ver. ", "v. "])
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return text[word.Length..].Trim();
            }
        }

        return text;
    }

    private static VersionRangeText FromVers(string raw, string text)
    {
        if (!VersRange.TryParse(text, out var range, out var error))
        {
            return new(raw, null, "not a valid vers range: " + error);
        }

        var order = CheckOrder(range!.Constraints);
        return order is null ? new(raw, range.ToString(), null) : new(raw, null, "not a valid vers range: " + order);
    }

    private static string? AddConstraints(string part, List<VersConstraint> constraints, List<string> notes)
    {
        if (part.Length == 0)
        {
            return "empty constraint between '|'";
        }

        if (TwoSided().Match(part) is { Success: true } between && IsVersionToken(between.Groups["low"].Value))
        {
            // "0 < 9.8.12", "1.0 <= 2.0": a lower version, then the bound; "0" is no lower bound at all.
            var low = between.Groups["low"].Value;
            if (low != "0")
            {
                constraints.Add(new(VersComparator.GreaterThanOrEqual, low));
            }

            return AddConstraints(between.Groups["op"].Value + between.Groups["high"].Value, constraints, notes);
        }

        if (WordBound().Match(part) is { Success: true } worded && IsVersionToken(worded.Groups["version"].Value))
        {
            var upward = worded.Groups["word"].Value.ToUpperInvariant() is "NEWER" or "LATER" or "ABOVE" or "HIGHER" or "GREATER";
            constraints.Add(new(upward ? VersComparator.GreaterThanOrEqual : VersComparator.LessThanOrEqual, worded.Groups["version"].Value));
            return null;
        }

        var comparator = VersComparator.Equal;
        var version = part;
        foreach (var (symbol, c) in Comparators)
        {
            if (part.StartsWith(symbol, StringComparison.Ordinal))
            {
                comparator = c;
                version = part[symbol.Length..].Trim();
                break;
            }
        }

        version = ParenthesisedSuffix().Replace(WithoutVersionWord(version)!, "${keyword} ${number}");
        if (!IsVersionToken(version))
        {
            return $"'{part}' is not a comparator and a version";
        }

        if (PartialWildcard().IsMatch(version))
        {
            return $"'{version}' ends a part with a wildcard letter (as in '7.2x'), which no version comparator reads";
        }

        var wildcard = Wildcard(version);
        if (wildcard is null)
        {
            constraints.Add(new(comparator, version));
            return null;
        }

        if (wildcard is not var (prefix, next) || next is null)
        {
            return $"wildcard version '{version}' cannot be expressed as a range";
        }

        notes.Add($"wildcard '{version}' read as >={prefix}|<{next}");
        switch (comparator)
        {
            case VersComparator.Equal:
                constraints.Add(new(VersComparator.GreaterThanOrEqual, prefix));
                constraints.Add(new(VersComparator.LessThan, next));
                break;
            case VersComparator.LessThanOrEqual:
                constraints.Add(new(VersComparator.LessThan, next));
                break;
            case VersComparator.LessThan:
                constraints.Add(new(VersComparator.LessThan, prefix));
                break;
            case VersComparator.GreaterThanOrEqual:
                constraints.Add(new(VersComparator.GreaterThanOrEqual, prefix));
                break;
            case VersComparator.GreaterThan:
                constraints.Add(new(VersComparator.GreaterThanOrEqual, next));
                break;
            default:
                return $"'{part}' excludes a wildcard, which a vers range cannot say";
        }

        return null;
    }

    /// <summary>
    /// For "12.2.x.x": ("12.2", "12.3"); null when there is no wildcard; (prefix, null) when the wildcard is not
    /// trailing or the last fixed part is not a number.
    /// </summary>
    private static (string Prefix, string? Next)? Wildcard(string version)
    {
        var parts = version.Split('.');
        var first = Array.FindIndex(parts, IsWildcardPart);
        if (first < 0)
        {
            return null;
        }

        if (first == 0 || parts.Skip(first).Any(p => !IsWildcardPart(p)))
        {
            return (version, null);
        }

        var fixedParts = parts[..first];
        var last = fixedParts[^1];
        var digits = last.Length - last.TrimStart('v', 'V', 'R', 'r').Length;
        if (!int.TryParse(last.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number == int.MaxValue)
        {
            return (version, null);
        }

        var prefix = string.Join('.', fixedParts);
        fixedParts[^1] = last[..digits] + (number + 1).ToString(CultureInfo.InvariantCulture);
        return (prefix, string.Join('.', fixedParts));
    }

    /// <summary>A single version without comparator or wildcard, such as "2.4A" or "C.00.04".</summary>
    internal static bool IsPlainVersion(string text) => IsVersionToken(text) && Wildcard(text) is null;

    private static bool IsWildcardPart(string part) => part is "x" or "X" or "*";

    /// <summary>
    /// A version without the spaces and punctuation of dates and prose ("8/30/2024", "april 1, 2018"); spaces only
    /// before the suffix keywords the device comparator knows ("V9.0 SP3", "V16 Update 1", "2.0 Build 17").
    /// </summary>
    private static bool IsVersionToken(string version) =>
        version.Length > 0 && char.IsAsciiLetterOrDigit(version[0])
        && (version.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '+' or '~' or '*') || SuffixedVersion().IsMatch(version));

    [GeneratedRegex(@"\d[xX](?:$|\.)", RegexOptions.CultureInvariant)]
    private static partial Regex PartialWildcard();

    [GeneratedRegex(@"^all\s+(?:[a-z]+\s+)?versions?\s*(?=[<>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllVersionsPrefix();

    [GeneratedRegex(@"^(?<low>[^\s<>=|]+)\s*(?<op><=|<)\s*(?<high>[^<>=|]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoSided();

    [GeneratedRegex(@"^(?<version>[^\s<>=|]+)\s+(?:and|or)\s+(?<word>below|lower|earlier|prior|older|newer|later|above|higher|greater)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordBound();

    [GeneratedRegex(@"\((?<keyword>build|rev|revision|patch|sp|update)\s*(?<number>\d+)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedSuffix();

    [GeneratedRegex(@"^[A-Za-z]{0,2}\d[\w.\-+~]*(?:\s+(?:SP|Service\s+Pack|Update|Build|Patch|Rev\.?|Revision|Hotfix|HF)\s*\d+)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuffixedVersion();

    private static VersionRangeText Build(string raw, string scheme, List<VersConstraint> constraints, string? note)
    {
        var text = $"vers:{scheme}/" + string.Join('|', constraints);
        if (!VersRange.TryParse(text, out var range, out var error))
        {
            return new(raw, null, "cannot be expressed as a vers range: " + error);
        }

        var order = CheckOrder(range!.Constraints);
        return order is null ? new(raw, range.ToString(), note) : new(raw, null, "cannot be expressed as a vers range: " + order);
    }

    /// <summary>
    /// vers-spec validation: sorted by version, the bounds (ignoring "=" and "!=") alternate between lower and
    /// upper. "&lt;= U61 | &lt;= L81" (two product lines) fails it, and must not be read as one range.
    /// </summary>
    private static string? CheckOrder(IReadOnlyList<VersConstraint> constraints)
    {
        bool? lastWasUpper = null;
        foreach (var c in constraints)
        {
            var upper = c.Comparator is VersComparator.LessThan or VersComparator.LessThanOrEqual;
            var lower = c.Comparator is VersComparator.GreaterThan or VersComparator.GreaterThanOrEqual;
            if (!upper && !lower)
            {
                continue;
            }

            if (lastWasUpper == upper)
            {
                return upper ? "two upper bounds follow each other" : "two lower bounds follow each other";
            }

            lastWasUpper = upper;
        }

        return null;
    }
}
