namespace MedPatch.Core.Standards.Cvss;

/// <summary>One metric of a vector string: its abbreviation, allowed values and whether the vector must carry it.</summary>
internal sealed record CvssMetric(string Key, IReadOnlyList<string> Values, bool Mandatory = false)
{
    public static CvssMetric Required(string key, params string[] values) => new(key, values, Mandatory: true);

    public static CvssMetric Optional(string key, params string[] values) => new(key, values);
}
