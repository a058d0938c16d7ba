using System.Globalization;
using System.Text;

namespace MedPatch.Core.Devices;

/// <summary>
/// Reduces a model name to a comparison key: case, accents, punctuation and spacing are ignored ("CARESCAPE B450",
/// "Carescape  B-450" meet). Unlike manufacturer names nothing is dropped: "SE", "AG" or "Plus" in a model name
/// name a different product.
/// </summary>
public static class ModelName
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else if (c is ' ' or '\t' or '_' or '/' or ',' or ';' or ':' or '(' or ')')
            {
                pendingSpace = true;
            }

            // Hyphens and dots join: "B-450" and "B450", "V.500" and "V500" are the same model.
        }

        return builder.ToString();
    }
}
