using System.Globalization;
using System.Text;

namespace MedPatch.Benchmarks;

/// <summary>
/// A version as text that sorts like the version: every numeric part zero-padded to eight digits and at least three
/// parts ("3.4" = "00000003.00000004.00000000"). The SQL baseline compares these with plain string comparison,
/// which is the usual way to range-match versions in SQL. Only the dotted numeric versions the generator writes are
/// supported.
/// </summary>
public static class MatchingVersionKey
{
    public static string? Of(string? version)
    {
        if (version is null)
        {
            return null;
        }

        var parts = version.Split('.');
        var key = new StringBuilder();
        for (var i = 0; i < Math.Max(3, parts.Length); i++)
        {
            var value = i < parts.Length ? long.Parse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            if (i > 0)
            {
                key.Append('.');
            }

            key.Append(value.ToString("D8", CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }
}
