using System.Globalization;

namespace MedPatch.Core.Tests.Standards.Cvss;

/// <summary>Parses the lines of the public test vectors in ../shared/data/cvss (format in its README).</summary>
internal static class CvssVectorFiles
{
    /// <summary>
    /// One line: "VECTOR - (base, temporal, environmental)", "VECTOR - (score,)" or "VECTOR - score"; None = null.
    /// </summary>
    public static (string Vector, decimal?[] Scores) ParseLine(string line)
    {
        var split = line.LastIndexOf(" - ", StringComparison.Ordinal);
        var vector = line[..split].Trim();
        var scores = line[(split + 3)..].Trim().Trim('(', ')')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s == "None" ? (decimal?)null : decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
        return (vector, scores);
    }
}
