using System.Globalization;
using System.Text.RegularExpressions;
using MedPatch.Core.Devices;

namespace MedPatch.Core.Matching;

/// <summary>
/// A range of model numbers written in a product name ("MX400-550", "MX400–MX850", "Series 8000-8100"): a letter
/// prefix and the numbers from <see cref="Low"/> to <see cref="High"/>. A model word with that prefix and a number in
/// the range ("mx450", "8015") is one of the models the name covers. <see cref="Word"/> is the range as a plain
/// word ("mx400550"), what the name would be compared as without this reading.
/// </summary>
internal sealed partial record ModelRange(string Word, string Prefix, long Low, long High)
{
    // A range wider than this is more likely two part numbers than a model series.
    private const long MaxWidth = 100_000;

    public static ModelRange? TryRead(string written)
    {
        var m = Range().Match(written);
        if (!m.Success)
        {
            return null;
        }

        var prefix = m.Groups["p1"].Value;
        var secondPrefix = m.Groups["p2"].Value;
        var first = m.Groups["n1"].Value;
        var second = m.Groups["n2"].Value;
        if ((secondPrefix.Length > 0 && !string.Equals(prefix, secondPrefix, StringComparison.OrdinalIgnoreCase)) || (prefix.Length == 0 && first.Length < 3))
        {
            return null;
        }

        // "MX400-550": the second number replaces the end of the first; "MX400-MX1000" is written in full.
        var last = second.Length < first.Length ? first[..^second.Length] + second : second;
        var low = long.Parse(first, CultureInfo.InvariantCulture);
        var high = long.Parse(last, CultureInfo.InvariantCulture);
        return high > low && high - low <= MaxWidth
            ? new ModelRange(ModelName.Normalize(written), prefix.ToLowerInvariant(), low, high)
            : null;
    }

    /// <summary>True for a normalised model word with this prefix and a number in the range, letters after it allowed ("m8004a").</summary>
    public bool Covers(string word)
    {
        if (word.Length <= Prefix.Length || !word.StartsWith(Prefix, StringComparison.Ordinal) || !char.IsAsciiDigit(word[Prefix.Length]))
        {
            return false;
        }

        var end = Prefix.Length;
        while (end < word.Length && char.IsAsciiDigit(word[end]))
        {
            end++;
        }

        if (end - Prefix.Length > 12 || word[end..].Any(c => !char.IsAsciiLetter(c)))
        {
            return false;
        }

        var number = long.Parse(word.AsSpan(Prefix.Length, end - Prefix.Length), CultureInfo.InvariantCulture);
        return number >= Low && number <= High;
    }

    /// <summary>Writes spaced or en-dash ranges ("MX400 – MX850") as one word, when the result reads as a range.</summary>
    public static string JoinSpaced(string text) =>
        Spaced().Replace(text, m =>
        {
            var joined = m.Groups["a"].Value + "-" + m.Groups["b"].Value;
            return TryRead(joined) is null ? m.Value : joined;
        });

    /// <summary>
    /// The parts of a "/" list with shorthand written out: "MX700/800" is MX700 and MX800, "865240/41/42" is 865240,
    /// 865241 and 865242, "M8001A/2A/10A" is M8001A, M8002A and M8010A, "MP5/5SC" is MP5 and MP5SC. A part is read
    /// against the one before it; anything else ("522K/722K", "EPIQ/Affiniti") is kept as written.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> parts)
    {
        string? previous = null;
        foreach (var part in parts)
        {
            var word = previous is null ? part : Shorthand(previous, part) ?? part;
            yield return word;
            previous = word;
        }
    }

    private static string? Shorthand(string previous, string part)
    {
        if (part.Length == 0 || !char.IsAsciiDigit(part[0]) || !part.All(char.IsAsciiLetterOrDigit) || !previous.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var hasLetters = previous.Any(char.IsAsciiLetter);
        if (part.Length < previous.Length && char.IsAsciiDigit(previous[^part.Length]) && (hasLetters || previous.Length >= 5))
        {
            return previous[..^part.Length] + part;
        }

        var letters = previous.TakeWhile(char.IsAsciiLetter).Count();
        return letters > 0 && letters < previous.Length && char.IsAsciiDigit(previous[letters]) ? previous[..letters] + part : null;
    }

    [GeneratedRegex(@"^(?<p1>[A-Za-z]{0,4})(?<n1>\d{1,9})[-–](?<p2>[A-Za-z]{0,4})(?<n2>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"(?<=^|[\s(])(?<a>[A-Za-z]{0,4}\d+)(?:\s+[-–]\s*|\s*[-–]\s+|–)(?<b>[A-Za-z]{0,4}\d+)(?=$|[\s),;])", RegexOptions.CultureInvariant)]
    private static partial Regex Spaced();
}
