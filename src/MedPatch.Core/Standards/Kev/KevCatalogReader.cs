using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedPatch.Core.Standards.Kev;

/// <summary>Reads the CISA KEV catalog JSON (known_exploited_vulnerabilities.json).</summary>
public static partial class KevCatalogReader
{
    public static KevCatalog Read(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new KevFormatException($"$: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static KevCatalog Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new KevFormatException($"$: expected an object but found {KevJson.Kind(root)}");
        }

        var items = KevJson.RequiredArray(root, "vulnerabilities", "$");
        var vulnerabilities = new List<KevVulnerability>(items.GetArrayLength());
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            vulnerabilities.Add(ReadVulnerability(item, $"$.vulnerabilities[{index++}]"));
        }

        var count = KevJson.RequiredInt(root, "count", "$");

        // A count that disagrees with the array means a truncated or hand-edited file; trusting either is a guess.
        if (count != vulnerabilities.Count)
        {
            throw new KevFormatException($"$.count: states {count} but $.vulnerabilities has {vulnerabilities.Count}");
        }

        return new KevCatalog(
            KevJson.OptionalString(root, "title", "$"),
            KevJson.RequiredString(root, "catalogVersion", "$"),
            KevJson.RequiredInstant(root, "dateReleased", "$"),
            count,
            vulnerabilities);
    }

    private static KevVulnerability ReadVulnerability(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new KevFormatException($"{path}: expected an object but found {KevJson.Kind(item)}");
        }

        var cveId = KevJson.RequiredString(item, "cveID", path);
        if (!CveId().IsMatch(cveId))
        {
            throw new KevFormatException($"{path}.cveID: '{cveId}' is not a CVE id (CVE-YYYY-NNNN)");
        }

        return new KevVulnerability(
            cveId,
            KevJson.RequiredString(item, "vendorProject", path),
            KevJson.RequiredString(item, "product", path),
            KevJson.RequiredString(item, "vulnerabilityName", path),
            KevJson.RequiredDate(item, "dateAdded", path),
            KevJson.RequiredString(item, "shortDescription", path),
            KevJson.RequiredString(item, "requiredAction", path),
            KevJson.RequiredDate(item, "dueDate", path),
            KevJson.RequiredString(item, "knownRansomwareCampaignUse", path),
            KevJson.OptionalString(item, "notes", path),
            ReadCwes(item, path));
    }

    private static string[] ReadCwes(JsonElement item, string path)
    {
        if (!item.TryGetProperty("cwes", out var cwes) || cwes.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        var cwesPath = $"{path}.cwes";
        if (cwes.ValueKind != JsonValueKind.Array)
        {
            throw new KevFormatException($"{cwesPath}: expected an array but found {KevJson.Kind(cwes)}");
        }

        return [.. cwes.EnumerateArray().Select((cwe, i) => KevJson.AsString(cwe, $"{cwesPath}[{i}]"))];
    }

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CveId();
}
