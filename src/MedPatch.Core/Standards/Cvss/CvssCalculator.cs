namespace MedPatch.Core.Standards.Cvss;

/// <summary>Scores a CVSS vector of any supported version, chosen by its prefix (none for v2).</summary>
public static class CvssCalculator
{
    /// <exception cref="CvssFormatException">The vector does not follow its specification.</exception>
    public static CvssResult Calculate(string vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.StartsWith("CVSS:3.0/", StringComparison.Ordinal) || vector.StartsWith("CVSS:3.1/", StringComparison.Ordinal))
        {
            return Cvss3.Calculate(vector);
        }

        if (vector.StartsWith("CVSS:4.0/", StringComparison.Ordinal))
        {
            return Cvss4.Calculate(vector);
        }

        if (vector.StartsWith("CVSS:", StringComparison.Ordinal))
        {
            var slash = vector.IndexOf('/', StringComparison.Ordinal);
            throw new CvssFormatException($"unsupported version prefix '{(slash < 0 ? vector : vector[..slash])}' (expected CVSS:3.0, CVSS:3.1 or CVSS:4.0)");
        }

        // v2 vectors carry no prefix (v2 guide section 2.4).
        return Cvss2.Calculate(vector);
    }
}
