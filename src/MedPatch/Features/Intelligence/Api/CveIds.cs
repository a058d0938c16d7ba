using System.Text.RegularExpressions;

namespace MedPatch.Features.Intelligence.Api;

/// <summary>CVE ids as CVE Program writes them: "CVE-", a four-digit year, "-", and four or more digits.</summary>
public static partial class CveIds
{
    /// <summary>The id in its canonical upper-case form, or null when the text is not a CVE id.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().ToUpperInvariant();
        return Pattern().IsMatch(trimmed) ? trimmed : null;
    }

    [GeneratedRegex(@"^CVE-[0-9]{4}-[0-9]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
