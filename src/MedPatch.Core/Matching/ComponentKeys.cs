using MedPatch.Core.Devices;
using MedPatch.Core.Standards.Cpe;
using MedPatch.Core.Standards.PackageUrls;

namespace MedPatch.Core.Matching;

/// <summary>
/// Keys that let statements and SBOM components (or model CPEs) meet without comparing every pair: a purl without
/// version, qualifiers and subpath ("purl:pypi/-/django"), a CPE's vendor and product ("cpe:offis:dcmtk") and a
/// reduced product name ("name:dcmtk"). The version each carries is returned beside the key.
/// </summary>
internal static class ComponentKeys
{
    public static (string Key, string? Version)? Purl(string? purl)
    {
        if (string.IsNullOrWhiteSpace(purl) || !PackageUrl.TryParse(purl, out var p, out _) || p is null)
        {
            return null;
        }

        return ($"purl:{p.Type}/{p.Namespace ?? "-"}/{p.Name}".ToLowerInvariant(), p.Version);
    }

    public static (string Key, string? Version)? Cpe(string? cpe)
    {
        if (string.IsNullOrWhiteSpace(cpe) || !CpeName.TryParse(cpe, out var name) || name is null || !name.Vendor.IsText || !name.Product.IsText)
        {
            return null;
        }

        var version = name.Version.IsText && !name.Version.HasWildcards ? name.Version.Unquoted : null;
        return ($"cpe:{name.Vendor.Unquoted}:{name.Product.Unquoted}".ToLowerInvariant(), version);
    }

    public static string? Name(string? name)
    {
        var key = string.IsNullOrWhiteSpace(name) ? string.Empty : ModelName.Normalize(name);
        return key.Length == 0 ? null : "name:" + key;
    }
}
