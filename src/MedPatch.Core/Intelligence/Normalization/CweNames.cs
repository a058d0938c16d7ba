namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>The weakness name inside problem-type texts such as "CWE-798 Use of Hard-coded Credentials".</summary>
internal static class CweNames
{
    public static string? FromDescription(string cweId, string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var text = description.Trim();
        if (text.StartsWith(cweId, StringComparison.OrdinalIgnoreCase))
        {
            text = text[cweId.Length..].TrimStart(' ', ':', '-', '–', '\t');
        }

        return text.Length == 0 || string.Equals(text, cweId, StringComparison.OrdinalIgnoreCase) ? null : text;
    }
}
