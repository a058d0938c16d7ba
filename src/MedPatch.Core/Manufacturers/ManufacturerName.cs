using System.Globalization;
using System.Text;

namespace MedPatch.Core.Manufacturers;

/// <summary>
/// Reduces a manufacturer name to a comparison key, so that "GE HealthCare", "GE Healthcare, Inc." and
/// "ge healthcare" meet, and "Dräger" meets "Draeger". Renamings ("Hillrom" → Baxter) are not guessed here:
/// they are aliases stored in the catalog, because they are facts an admin must be able to correct.
/// </summary>
public static class ManufacturerName
{
    // Legal-form suffixes carry no identity; stripped only at the end so "Inc" inside a name survives.
    private static readonly string[] CorporateSuffixes =
    [
        "incorporated", "inc", "corporation", "corp", "company", "co", "limited", "ltd", "llc", "plc",
        "gmbh", "ag", "kg", "se", "sa", "s a", "spa", "bv", "nv", "ab", "as", "oy", "kk", "pty", "lp", "llp",
        "holdings", "group", "international",
    ];

    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = ExpandGermanUmlauts(name.Trim().ToLowerInvariant());
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == '&')
            {
                builder.Append(" and ");
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && IsSuffix(words))
        {
        }

        return string.Join(' ', words);
    }

    private static bool IsSuffix(List<string> words)
    {
        if (words.Count > 2 && CorporateSuffixes.Contains(words[^2] + " " + words[^1]))
        {
            words.RemoveRange(words.Count - 2, 2);
            return true;
        }

        // "Becton, Dickinson and Company" loses "Company" first, then the dangling "and".
        if (CorporateSuffixes.Contains(words[^1]) || words[^1] == "and")
        {
            words.RemoveAt(words.Count - 1);
            return true;
        }

        return false;
    }

    // "Dräger" is written "Draeger" by the maker itself; a plain accent strip would give "drager".
    private static string ExpandGermanUmlauts(string text) =>
        text.Replace("ä", "ae", StringComparison.Ordinal)
            .Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
}
