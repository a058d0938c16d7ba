using System.Text.RegularExpressions;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Matching;

/// <summary>
/// A statement's version text read for matching. Advisories put more than versions there: model numbers
/// ("v8.x model 35700BAX2", "MMT-1715 | MMT-1754"), qualifiers ("9.x (with Wireless Battery Modules …)"), product
/// names ("Accu-Chek Inform II") and dates ("distributed &lt; april 1, 2018"). Model numbers are taken out for model
/// resolution, qualifiers are dropped with <see cref="Qualified"/> set (the range is then only part of the story),
/// plain words mean "every version of what they name", and what is left must convert to a vers range or the
/// reading is <see cref="VersionReadingKind.Unparseable"/> with the reason in <see cref="Note"/>.
/// </summary>
public sealed partial record StatementVersion(
    VersionReadingKind Kind,
    VersRange? Range,
    string Display,
    string? Note,
    bool Qualified,
    IReadOnlyList<string> ModelNumbers,
    string? Words)
{
    public static StatementVersion Read(MatchStatement s)
    {
        var display = (s.RawVersion ?? s.Version ?? s.VersionRange ?? string.Empty).Trim();
        if (s.VersionRange is { } vr && vr.StartsWith("vers:", StringComparison.OrdinalIgnoreCase) && VersRange.TryParse(vr, out var parsed, out _))
        {
            return FromRange(parsed!, display, s.Note);
        }

        if (s.Version is { } exact && !string.IsNullOrWhiteSpace(exact))
        {
            exact = exact.Trim();
            if (IsModelNumberLike(exact))
            {
                return new(VersionReadingKind.All, null, display, $"'{exact}' reads as a model number, not a version", false, [exact], null);
            }

            if (!exact.Any(char.IsWhiteSpace))
            {
                return new(VersionReadingKind.Range, VersRange.Parse($"vers:{VersionRangeConverter.DeviceScheme}/{VersEncoding.Encode(exact)}"), display, null, false, [], null);
            }

            var converted = VersionRangeConverter.Convert(exact);
            return converted.Vers is not null ? FromRange(VersRange.Parse(converted.Vers), display, converted.Note) : Clean(exact, display);
        }

        if (s.VersionRange is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return Clean(text, display);
        }

        return string.IsNullOrWhiteSpace(s.RawVersion) || s.RawVersion.Trim() == "*"
            ? new(VersionReadingKind.All, null, "all versions", null, false, [], null)
            : Clean(s.RawVersion, display);
    }

    private static StatementVersion FromRange(VersRange range, string display, string? note)
    {
        if (range.Constraints.Any(c => c.Comparator == VersComparator.Any))
        {
            return new(VersionReadingKind.All, null, "all versions", null, false, [], null);
        }

        // "24950 | 24952", "MMT-1715 | MMT-1754": a list of model numbers written where versions belong.
        if (range.Constraints.All(c => c.Comparator == VersComparator.Equal && IsModelNumberLike(c.Version)))
        {
            var numbers = range.Constraints.Select(c => c.Version).ToList();
            return new(VersionReadingKind.All, null, display, $"'{display}' lists model numbers, not versions", false, numbers, null);
        }

        return new(VersionReadingKind.Range, range, display, note, false, [], null);
    }

    private static StatementVersion Clean(string text, string display)
    {
        var notes = new List<string>();
        var qualified = false;
        var rest = text.Trim();
        if (rest.StartsWith('(') && rest.EndsWith(')') && rest.IndexOf(')', StringComparison.Ordinal) == rest.Length - 1)
        {
            rest = rest[1..^1];
        }

        string previous;
        do
        {
            previous = rest;
            rest = Parenthesised().Replace(rest, " ");
        }
        while (rest != previous);

        if (rest.IndexOf('(', StringComparison.Ordinal) is var open and >= 0)
        {
            rest = rest[..open];
        }

        if (rest.Length != text.Trim().Length)
        {
            qualified = true;
            notes.Add($"the qualifier in '{text.Trim()}' is not evaluated");
        }

        var numbers = new List<string>();
        rest = ModelPhrase().Replace(rest, m =>
        {
            numbers.Add(m.Groups["number"].Value);
            return " ";
        });

        var kept = new List<string>();
        foreach (var alternative in rest.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (RevisionLetters().Match(alternative) is { Success: true } letters && letters.Groups["a"].Value[0] <= letters.Groups["b"].Value[0])
            {
                // "Rev J-M": revisions J through M, and M's own releases ("M.00.03") with them.
                var first = char.ToUpperInvariant(letters.Groups["a"].Value[0]);
                var last = char.ToUpperInvariant(letters.Groups["b"].Value[0]);
                kept.Add(last == 'Z' ? $">= {first}" : $">= {first} | < {(char)(last + 1)}");
                notes.Add($"'{alternative}' read as revisions {first} to {last}");
                continue;
            }

            if (alternative.IndexOfAny(['<', '>', '=']) >= 0)
            {
                kept.Add(alternative);
                continue;
            }

            var words = alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            numbers.AddRange(words.Where(IsModelNumberLike));
            var remaining = string.Join(' ', words.Where(w => !IsModelNumberLike(w)));
            if (remaining.Length > 0)
            {
                kept.Add(remaining);
            }
        }

        var left = string.Join(" | ", kept);
        var note = notes.Count == 0 ? null : string.Join("; ", notes);
        if (left.Length == 0)
        {
            return new(VersionReadingKind.All, null, display, note, qualified, numbers, null);
        }

        var converted = VersionRangeConverter.Convert(left);
        if (converted.Vers is not null)
        {
            var range = VersRange.Parse(converted.Vers);
            return range.Constraints.Any(c => c.Comparator == VersComparator.Any)
                ? new(VersionReadingKind.All, null, display, note, qualified, numbers, null)
                : new(VersionReadingKind.Range, range, display, Join(note, converted.Note), qualified, numbers, null);
        }

        if (left.IndexOfAny(['<', '>', '=']) < 0 && !DottedVersion().IsMatch(left) && !VersionKeyword().IsMatch(left))
        {
            // "Accu-Chek Inform II", "2nd Edition", "882300 Gemini 16 Slice": names, not versions.
            return new(VersionReadingKind.All, null, display, Join(note, $"'{left}' names no version"), qualified, numbers, left);
        }

        return new(VersionReadingKind.Unparseable, null, display, Join(note, converted.Note ?? $"'{left}' is not a version range"), qualified, numbers, null);
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "; " + b;

    /// <summary>
    /// "35700BAX2", "MMT-1715", "24950", "A51200": five or more letters, digits and hyphens with a digit and no
    /// dot. Versions nearly always have a dot, and short codes ("D25", "A10") are versions in advisories.
    /// </summary>
    public static bool IsModelNumberLike(string word) =>
        word.Length >= 5 && word.Any(char.IsAsciiDigit) && word.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
        && char.IsAsciiLetterOrDigit(word[0]) && !VersionPrefixed().IsMatch(word);

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\bmodels?\s*(?:number|no\.?|#)?\s*[:#]?\s*(?<number>[A-Za-z0-9][A-Za-z0-9\-]*\d[A-Za-z0-9\-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModelPhrase();

    [GeneratedRegex(@"^(?:rev|revision|revisions)\.?\s*(?<a>[A-Za-z])\s*[-–]\s*(?<b>[A-Za-z])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevisionLetters();

    [GeneratedRegex(@"\d\.\d", RegexOptions.CultureInvariant)]
    private static partial Regex DottedVersion();

    [GeneratedRegex(@"^\s*(?:rev|revision|version|ver|v|release|firmware|fw|build|update|sp|r)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionKeyword();

    [GeneratedRegex(@"^[vVrR]\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPrefixed();
}
