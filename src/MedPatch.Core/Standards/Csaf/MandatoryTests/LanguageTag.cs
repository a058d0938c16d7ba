namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>
/// Checks a language tag against the BCP 47 syntax (RFC 5646 section 2.1, with the well-formedness rules of
/// section 2.2.9: no repeated variant or extension singleton), and that a two-letter primary language subtag is an
/// ISO 639-1 code. Three-letter primary subtags are accepted by form; four- to eight-letter ones are reserved or
/// unregistered and so name no existing language.
/// </summary>
public static class LanguageTag
{
    // RFC 5646 section 2.1: the grandfathered tags, irregular and regular, valid as a whole.
    private static readonly HashSet<string> Grandfathered = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo",
        "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    };

    /// <returns>Null when the tag is valid, else why not.</returns>
    public static string? Check(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (Grandfathered.Contains(tag))
        {
            return null;
        }

        var subtags = tag.Split('-');
        if (subtags.Any(s => s.Length is 0 or > 8 || !s.All(char.IsAsciiLetterOrDigit)))
        {
            return "subtags must be 1 to 8 letters or digits separated by single hyphens";
        }

        var i = 0;
        if (IsX(subtags[0]))
        {
            return PrivateUse(subtags, 0);
        }

        var language = subtags[i];
        if (!IsAlpha(language, 2, 8))
        {
            return $"'{language}' is not a primary language subtag (2 to 8 letters)";
        }

        i++;
        if (language.Length <= 3)
        {
            for (var extlangs = 0; extlangs < 3 && i < subtags.Length && IsAlpha(subtags[i], 3, 3); extlangs++)
            {
                i++;
            }
        }

        if (i < subtags.Length && IsAlpha(subtags[i], 4, 4))
        {
            i++;
        }

        if (i < subtags.Length && (IsAlpha(subtags[i], 2, 2) || (subtags[i].Length == 3 && subtags[i].All(char.IsAsciiDigit))))
        {
            i++;
        }

        var variants = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (i < subtags.Length && IsVariant(subtags[i]))
        {
            if (!variants.Add(subtags[i]))
            {
                return $"the variant '{subtags[i]}' is repeated";
            }

            i++;
        }

        var singletons = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (i < subtags.Length && subtags[i].Length == 1 && !IsX(subtags[i]))
        {
            if (!singletons.Add(subtags[i]))
            {
                return $"the extension '{subtags[i]}' is repeated";
            }

            var start = ++i;
            while (i < subtags.Length && subtags[i].Length >= 2)
            {
                i++;
            }

            if (i == start)
            {
                return $"the extension '{subtags[start - 1]}' has no subtags";
            }
        }

        if (i < subtags.Length && IsX(subtags[i]))
        {
            return PrivateUse(subtags, i);
        }

        if (i < subtags.Length)
        {
            return $"'{subtags[i]}' is out of place";
        }

        return language.Length switch
        {
            2 when !Iso639Alpha2.Codes.Contains(language) => $"'{language}' is not an ISO 639-1 language code",
            >= 4 => $"'{language}' is not a registered language subtag",
            _ => null,
        };
    }

    private static string? PrivateUse(string[] subtags, int x) =>
        x + 1 < subtags.Length ? null : "a private use part needs at least one subtag after 'x'";

    private static bool IsX(string subtag) => subtag is "x" or "X";

    private static bool IsAlpha(string subtag, int min, int max) =>
        subtag.Length >= min && subtag.Length <= max && subtag.All(char.IsAsciiLetter);

    private static bool IsVariant(string subtag) =>
        subtag.Length is >= 5 and <= 8 || (subtag.Length == 4 && char.IsAsciiDigit(subtag[0]));
}
