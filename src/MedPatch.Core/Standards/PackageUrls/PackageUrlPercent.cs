namespace MedPatch.Core.Standards.PackageUrls;

/// <summary>Public access to purl percent-encoding (purl-spec "Character encoding") for vers and other users.</summary>
public static class PackageUrlPercent
{
    public static string Encode(string value) => PackageUrlEncoding.Encode(value);

    public static string Decode(string value) => PackageUrlEncoding.Decode(value, "value");
}
