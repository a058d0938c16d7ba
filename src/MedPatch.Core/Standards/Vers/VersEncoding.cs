using MedPatch.Core.Standards.PackageUrls;

namespace MedPatch.Core.Standards.Vers;

/// <summary>vers-spec: versions are percent-encoded as in purl (unreserved characters and ':' stay as they are).</summary>
internal static class VersEncoding
{
    public static string Encode(string version) => PackageUrlPercent.Encode(version);

    public static string Decode(string version)
    {
        try
        {
            return PackageUrlPercent.Decode(version);
        }
        catch (PackageUrlException)
        {
            throw new VersRangeException("non-canonical VERS: invalid percent-encoding in version");
        }
    }
}
