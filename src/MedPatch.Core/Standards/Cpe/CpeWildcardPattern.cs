using System.Text;

namespace MedPatch.Core.Standards.Cpe;

/// <summary>
/// A value string split into its leading wildcards, literal body and trailing wildcards.
/// NIST IR 7695 §5.3.2: an unquoted "*" (any number of characters) may appear only as the first
/// and/or last character; unquoted "?" (one character each) only in a leading and/or trailing run.
/// </summary>
internal sealed record CpeWildcardPattern(bool LeadingStar, int LeadingAnyOne, string Body, bool TrailingStar, int TrailingAnyOne)
{
    public static CpeWildcardPattern Create(List<CpeChar> tokens, string component)
    {
        var start = 0;
        var end = tokens.Count;
        var leadingStar = false;
        var trailingStar = false;
        if (start < end && tokens[start] is { IsWildcard: true, Value: '*' })
        {
            leadingStar = true;
            start++;
        }

        var leadingOne = 0;
        while (!leadingStar && start < end && tokens[start] is { IsWildcard: true, Value: '?' })
        {
            leadingOne++;
            start++;
        }

        if (start < end && tokens[end - 1] is { IsWildcard: true, Value: '*' })
        {
            trailingStar = true;
            end--;
        }

        var trailingOne = 0;
        while (!trailingStar && start < end && tokens[end - 1] is { IsWildcard: true, Value: '?' })
        {
            trailingOne++;
            end--;
        }

        var body = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsWildcard)
            {
                throw new CpeFormatException(
                    $"CPE {component}: an unquoted \"{tokens[i].Value}\" is only allowed at the beginning or end (NIST IR 7695 §5.3.2)");
            }

            body.Append(tokens[i].Value);
        }

        return new CpeWildcardPattern(leadingStar, leadingOne, body.ToString(), trailingStar, trailingOne);
    }

    /// <summary>True when the literal target (quoting removed, lower-cased) is matched by this pattern.</summary>
    public bool IsMatch(string target)
    {
        var minimum = LeadingAnyOne + Body.Length + TrailingAnyOne;
        if (target.Length < minimum || (!LeadingStar && !TrailingStar && target.Length != minimum))
        {
            return false;
        }

        if (!LeadingStar)
        {
            // Body starts at a fixed offset after the leading "?" run.
            var at = LeadingAnyOne;
            var tail = target.Length - at - Body.Length;
            return string.CompareOrdinal(target, at, Body, 0, Body.Length) == 0
                && (TrailingStar ? tail >= TrailingAnyOne : tail == TrailingAnyOne);
        }

        if (!TrailingStar)
        {
            // Body ends at a fixed offset before the trailing "?" run.
            var at = target.Length - TrailingAnyOne - Body.Length;
            return at >= 0 && string.CompareOrdinal(target, at, Body, 0, Body.Length) == 0;
        }

        return target.Contains(Body, StringComparison.Ordinal);
    }
}
