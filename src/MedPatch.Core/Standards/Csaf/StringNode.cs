using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>type string with minLength, enum, pattern and format.</summary>
internal sealed class StringNode : SchemaNode
{
    public int MinLength { get; init; }

    public IReadOnlyList<string>? Enum { get; init; }

    public Regex? Pattern { get; init; }

    /// <summary>What the pattern means, for the message ("a CVE id such as CVE-2024-12345").</summary>
    public string? PatternMeaning { get; init; }

    public StringFormat Format { get; init; }

    public override void Check(JsonElement value, string path, List<CsafValidationError> errors)
    {
        if (!HasType(value, JsonValueKind.String, path, errors))
        {
            return;
        }

        var text = value.GetString()!;
        if (Enum is not null && !Enum.Contains(text, StringComparer.Ordinal))
        {
            errors.Add(new CsafValidationError(Test, path, $"\"{Shorten(text)}\" is not one of the allowed values: {string.Join(", ", Enum)}"));
            return;
        }

        // JSON schema counts characters as Unicode code points, not UTF-16 units. One error per value: a hash too
        // short for minLength would fail the pattern too, and saying so twice helps nobody.
        if (MinLength > 0 && CodePoints(text) < MinLength)
        {
            errors.Add(new CsafValidationError(Test, path, MinLength == 1
                ? "must not be empty"
                : string.Create(CultureInfo.InvariantCulture, $"must be at least {MinLength} characters long")));
            return;
        }

        if (Pattern is not null && !Matches(Pattern, text))
        {
            errors.Add(new CsafValidationError(Test, path, $"\"{Shorten(text)}\" is not {PatternMeaning}"));
            return;
        }

        switch (Format)
        {
            case StringFormat.DateTime when !CsafDateTime.IsValid(text):
                errors.Add(new CsafValidationError(Test, path, $"\"{Shorten(text)}\" is not an RFC 3339 date-time such as 2024-05-01T10:00:00Z"));
                break;
            case StringFormat.Uri when !CsafUriFormat.IsValid(text):
                errors.Add(new CsafValidationError(Test, path, $"\"{Shorten(text)}\" is not an absolute URI (RFC 3986)"));
                break;
        }
    }

    // The engine is linear, so the timeout is a last guard; a value it cannot judge in time is not accepted.
    private static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");
}

internal enum StringFormat
{
    None,
    DateTime,
    Uri,
}
