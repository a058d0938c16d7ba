using System.Collections.Frozen;
using System.Text.Json;

namespace MedPatch.Core.Standards.Spdx;

/// <summary>
/// The SPDX license identifiers a deployment accepts as a CycloneDX license <c>id</c>. The list changes with every
/// SPDX license-list release, so it is data loaded at run time rather than code: the SPDX license-list-data
/// <c>licenses.json</c>, a JSON schema whose <c>enum</c> holds the ids (CycloneDX publishes one), or plain text with
/// one id per line. Without a list, ids are only checked for the SPDX idstring syntax.
/// </summary>
public sealed class SpdxLicenseList
{
    private readonly FrozenSet<string> _ids;

    public SpdxLicenseList(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids.ToFrozenSet(StringComparer.Ordinal);
    }

    public int Count => _ids.Count;

    /// <summary>Exact match, as the CycloneDX schema compares ids.</summary>
    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>Reads licenses.json (licenses[].licenseId), a schema with a top-level enum, or one id per line.</summary>
    public static SpdxLicenseList Load(string path)
    {
        var text = File.ReadAllText(path);
        if (!text.TrimStart().StartsWith('{'))
        {
            return new SpdxLicenseList(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
        }

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        if (root.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            return new SpdxLicenseList(values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
        }

        if (root.TryGetProperty("licenses", out var licenses) && licenses.ValueKind == JsonValueKind.Array)
        {
            return new SpdxLicenseList(licenses.EnumerateArray()
                .Where(l => l.ValueKind == JsonValueKind.Object && l.TryGetProperty("licenseId", out var id) && id.ValueKind == JsonValueKind.String)
                .Select(l => l.GetProperty("licenseId").GetString()!));
        }

        throw new InvalidDataException("neither an 'enum' nor a 'licenses' array of SPDX license ids was found");
    }
}
