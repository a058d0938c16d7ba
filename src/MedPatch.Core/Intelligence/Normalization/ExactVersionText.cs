namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// A text meant as one version (CSAF product_version, a CVE version without bounds). It is kept as the exact
/// version unless it reads as a range: comparators, wildcards ("8.0.x") or the words CSAF test 6.1.31 forbids in a
/// product_version ("all", "prior", "versions", …), which are converted when possible and flagged otherwise.
/// </summary>
internal static class ExactVersionText
{
    private static readonly string[] RangeWords = ["after", "all", "before", "earlier", "later", "prior", "versions", "through", "and", "or"];

    public static (string? Exact, string? Vers, string? Note) Read(string raw)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return (null, null, "empty version");
        }

        if (text is "n/a" or "N/A" or "-" || text.Equals("unspecified", StringComparison.OrdinalIgnoreCase) || text.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, "version not specified");
        }

        if (VersionRangeConverter.IsPlainVersion(text))
        {
            return (text, null, null);
        }

        var converted = VersionRangeConverter.Convert(text);
        if (converted.Vers is not null && Standards.Vers.VersRange.Parse(converted.Vers).Constraints is [{ Comparator: Standards.Vers.VersComparator.Equal }])
        {
            // One version with a suffix the device comparator reads, e.g. "1.03.07 (build 317)".
            return (text, null, null);
        }

        if (converted.Vers is not null)
        {
            return (null, converted.Vers, converted.Note);
        }

        var words = text.Split([' ', ',', ';', '(', ')', '–', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        var rangeLike = text.IndexOfAny(['<', '>', '|']) >= 0 || words.Any(w => RangeWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        return rangeLike ? (null, null, "version is free text: " + converted.Note) : (text, null, null);
    }
}
