using System.Globalization;
using System.Text.Json;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Standards.Spdx;

/// <summary>
/// Maps an SPDX 2.x JSON document onto the format-neutral model: packages become components (purl from the
/// PACKAGE-MANAGER purl reference, CPE from the SECURITY cpe23Type reference), DESCRIBES names the subject, and
/// DEPENDS_ON, CONTAINS, the *_DEPENDENCY_OF family and the link relationships become dependencies. Files and
/// snippets are not components in this model. Tag-value and YAML are not read (see <see cref="SbomReader"/>).
/// </summary>
public static class SpdxJsonReader
{
    private const string DocumentId = "SPDXRef-DOCUMENT";

    public static SbomReadResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return SbomReadResult.Fail("$", "an SPDX document is a JSON object");
        }

        var version = Text(root, "spdxVersion");
        if (version is null || !version.StartsWith("SPDX-2.", StringComparison.Ordinal))
        {
            return SbomReadResult.Fail("$.spdxVersion", $"'{version}' is not supported; SPDX 2.2 and 2.3 JSON are read");
        }

        var findings = new List<SbomError>();
        var components = new List<SbomComponent>();
        var index = 0;
        foreach (var package in Items(root, "packages"))
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.packages[{index++}]");
            if (package.ValueKind != JsonValueKind.Object)
            {
                findings.Add(new SbomError(path, "expected an object"));
                continue;
            }

            var name = Text(package, "name");
            if (name is null || Text(package, "SPDXID") is null)
            {
                findings.Add(new SbomError(path, "a package needs 'SPDXID' and 'name'"));
            }

            components.Add(ReadPackage(package, name ?? string.Empty));
        }

        var relationships = Items(root, "relationships").Where(r => r.ValueKind == JsonValueKind.Object)
            .Select(r => (From: Text(r, "spdxElementId"), Type: Text(r, "relationshipType"), To: Text(r, "relatedSpdxElement")))
            .Where(r => r.From is not null && r.Type is not null && r.To is not null)
            .Select(r => (From: r.From!, Type: r.Type!.ToUpperInvariant(), To: r.To!))
            .ToList();

        var described = Items(root, "documentDescribes").Where(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()!)
            .Concat(relationships.Where(r => r.From == DocumentId && r.Type == "DESCRIBES").Select(r => r.To))
            .Concat(relationships.Where(r => r.To == DocumentId && r.Type == "DESCRIBED_BY").Select(r => r.From));
        var byRef = components.Where(c => c.Ref is not null).GroupBy(c => c.Ref!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var subject = described.Select(d => byRef.GetValueOrDefault(d)).FirstOrDefault(c => c is not null);

        var creation = root.TryGetProperty("creationInfo", out var info) && info.ValueKind == JsonValueKind.Object ? info : default;
        DateTimeOffset? created = creation.ValueKind == JsonValueKind.Object && Text(creation, "created") is { } stamp
            && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) ? instant : null;
        var tools = creation.ValueKind == JsonValueKind.Object
            ? Items(creation, "creators").Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)
                .Where(c => c.StartsWith("Tool:", StringComparison.Ordinal)).Select(c => c["Tool:".Length..].Trim()).ToList()
            : [];

        var document = new SbomDocument
        {
            Format = SbomFormat.Spdx,
            SpecVersion = version,
            SerialNumber = Text(root, "documentNamespace"),
            Name = Text(root, "name"),
            Created = created,
            Tools = tools,
            Subject = subject,
            Components = components,
            Dependencies = Dependencies(relationships),
        };
        return new SbomReadResult(document, [], findings);
    }

    private static SbomComponent ReadPackage(JsonElement package, string name)
    {
        var references = Items(package, "externalRefs").Where(r => r.ValueKind == JsonValueKind.Object).ToList();
        string? Locator(string category, params string[] types) => references
            .Where(r => string.Equals(Text(r, "referenceCategory")?.Replace('_', '-'), category, StringComparison.OrdinalIgnoreCase))
            .Where(r => types.Contains(Text(r, "referenceType"), StringComparer.OrdinalIgnoreCase))
            .Select(r => Text(r, "referenceLocator"))
            .FirstOrDefault(l => l is not null);

        var licenses = new[] { Text(package, "licenseDeclared"), Text(package, "licenseConcluded") }
            .Where(l => l is not null && !IsNoValue(l))
            .Select(l => l!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new SbomComponent
        {
            Ref = Text(package, "SPDXID"),
            Type = Text(package, "primaryPackagePurpose")?.ToLowerInvariant().Replace('_', '-'),
            Name = name,
            Version = Text(package, "versionInfo"),
            Supplier = Party(Text(package, "supplier")) ?? Party(Text(package, "originator")),
            Purl = Locator("PACKAGE-MANAGER", "purl"),
            Cpe = Locator("SECURITY", "cpe23Type") ?? Locator("SECURITY", "cpe22Type"),
            Hashes = [.. Items(package, "checksums").Where(c => c.ValueKind == JsonValueKind.Object && Text(c, "algorithm") is not null && Text(c, "checksumValue") is not null)
                .Select(c => new SbomHash(Text(c, "algorithm")!, Text(c, "checksumValue")!))],
            Licenses = licenses,
            Description = Text(package, "description") ?? Text(package, "summary"),
        };
    }

    /// <summary>Relationships read as "From depends on To", grouped by From.</summary>
    private static List<SbomDependency> Dependencies(List<(string From, string Type, string To)> relationships)
    {
        var edges = new List<(string From, string To)>();
        foreach (var (from, type, to) in relationships)
        {
            if (from == DocumentId || to == DocumentId || IsNoValue(from) || IsNoValue(to) || to.StartsWith("DocumentRef-", StringComparison.Ordinal))
            {
                continue;
            }

            switch (type)
            {
                case "DEPENDS_ON" or "CONTAINS" or "DYNAMIC_LINK" or "STATIC_LINK" or "HAS_PREREQUISITE":
                    edges.Add((from, to));
                    break;
                case "CONTAINED_BY" or "PREREQUISITE_FOR":
                case var _ when type.EndsWith("DEPENDENCY_OF", StringComparison.Ordinal):
                    edges.Add((to, from));
                    break;
            }
        }

        return [.. edges.GroupBy(e => e.From, StringComparer.Ordinal)
            .Select(g => new SbomDependency(g.Key, [.. g.Select(e => e.To).Distinct(StringComparer.Ordinal)]))];
    }

    /// <summary>"Organization: Acme Inc. (contact@acme.example)" → "Acme Inc."; NOASSERTION → null.</summary>
    private static string? Party(string? value)
    {
        if (value is null || IsNoValue(value))
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var name = colon >= 0 && (value.StartsWith("Person:", StringComparison.Ordinal) || value.StartsWith("Organization:", StringComparison.Ordinal))
            ? value[(colon + 1)..].Trim()
            : value.Trim();
        var mail = name.LastIndexOf(" (", StringComparison.Ordinal);
        if (mail > 0 && name.EndsWith(')'))
        {
            name = name[..mail].Trim();
        }

        return name.Length == 0 ? null : name;
    }

    private static bool IsNoValue(string value) =>
        value.Equals("NOASSERTION", StringComparison.Ordinal) || value.Equals("NONE", StringComparison.Ordinal);

    private static string? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Items(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];
}
