using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>CSAF 2.0 tests on /document: 6.1.12 (language), 6.1.15 (translator), 6.1.26 (prohibited category name) and 6.1.28 (translation).</summary>
internal static class DocumentTests
{
    /// <summary>The /document/category values of the profiles of CSAF 2.0 (section 4).</summary>
    public static readonly HashSet<string> ProfileCategories = new(StringComparer.Ordinal)
    {
        "csaf_base", "csaf_security_incident_response", "csaf_informational_advisory", "csaf_security_advisory", "csaf_vex",
    };

    // Section 6.1.26: names (without csaf_) and values of the profiles other than "CSAF Base", compared without
    // dashes, whitespace and underscores and ignoring case.
    private static readonly HashSet<string> ProhibitedCategories = new(
        new[]
        {
            "Security incident response", "Informational Advisory", "Security Advisory", "VEX",
            "csaf_security_incident_response", "csaf_informational_advisory", "csaf_security_advisory", "csaf_vex",
        }.Select(Normalise),
        StringComparer.Ordinal);

    public static void Run(JsonElement document, List<CsafValidationError> errors)
    {
        if (CsafJson.Object(document, "document") is not { } meta)
        {
            return;
        }

        var lang = Language(meta, "lang", errors);
        var sourceLang = Language(meta, "source_lang", errors);
        var publisherCategory = CsafJson.Object(meta, "publisher") is { } publisher ? CsafJson.String(publisher, "category") : null;
        if (string.Equals(publisherCategory, "translator", StringComparison.Ordinal) && string.IsNullOrEmpty(CsafJson.String(meta, "source_lang")))
        {
            errors.Add(new("6.1.15", "$.document.source_lang", "The publisher is a translator, so the source language must be given in /document/source_lang."));
        }

        if (lang is not null && sourceLang is not null && string.Equals(lang, sourceLang, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new("6.1.28", "$.document.source_lang", $"The source language and the document language are the same ('{lang}'), so the document is no translation."));
        }

        if (CsafJson.String(meta, "category") is { } category)
        {
            ProhibitedCategory(category, errors);
        }
    }

    private static string? Language(JsonElement meta, string name, List<CsafValidationError> errors)
    {
        if (CsafJson.Member(meta, name) is not { } value)
        {
            return null;
        }

        var path = "$.document." + name;
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new("6.1.12", path, $"The language in '{name}' is not a string."));
            return null;
        }

        var tag = value.GetString()!;
        if (LanguageTag.Check(tag) is { } problem)
        {
            errors.Add(new("6.1.12", path, $"'{tag}' is not a valid language tag: {problem}."));
        }

        return tag;
    }

    private static void ProhibitedCategory(string category, List<CsafValidationError> errors)
    {
        if (ProfileCategories.Contains(category))
        {
            return;
        }

        if (ProhibitedCategories.Contains(Normalise(category)))
        {
            errors.Add(new("6.1.26", "$.document.category", $"The document category '{category}' is the name or value of a CSAF profile other than CSAF Base; use that profile's value or another name."));
        }
        else if (category.StartsWith("csaf_", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new("6.1.26", "$.document.category", $"The document category '{category}' starts with the reserved prefix 'csaf_'."));
        }
    }

    private static string Normalise(string value) =>
        string.Concat(value.Where(c => c is not ('-' or '_') && !char.IsWhiteSpace(c))).ToLowerInvariant();
}
