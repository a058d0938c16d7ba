using System.Globalization;
using System.Text.Json;
using MedPatch.Core.Standards.Sbom;
using MedPatch.Core.Standards.Spdx;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>
/// Maps a CycloneDX JSON BOM (any 1.x; validated for 1.4 to 1.7) onto the format-neutral model. Mapping is lenient:
/// a member of the wrong type is left out of the model and reported by <see cref="CycloneDxValidation"/> instead.
/// </summary>
public static class CycloneDxJsonReader
{
    public static SbomReadResult Read(JsonElement bom, SpdxLicenseList? licenses = null)
    {
        if (bom.ValueKind != JsonValueKind.Object)
        {
            return SbomReadResult.Fail("$", "a CycloneDX BOM is a JSON object");
        }

        var format = Text(bom, "bomFormat");
        if (!string.Equals(format, "CycloneDX", StringComparison.Ordinal))
        {
            return SbomReadResult.Fail("$.bomFormat", $"must be 'CycloneDX' but is '{format}'");
        }

        var spec = Text(bom, "specVersion");
        if (spec is null)
        {
            return SbomReadResult.Fail("$.specVersion", "required string is missing");
        }

        if (!spec.StartsWith("1.", StringComparison.Ordinal))
        {
            return SbomReadResult.Fail("$.specVersion", $"CycloneDX {spec} is not supported (1.x)");
        }

        IReadOnlyList<SbomError> findings = CycloneDxValidation.MinorVersion(spec) is null
            ? [new SbomError("$.specVersion", $"CycloneDX {spec} is read but not validated (validation covers 1.4 to 1.7)")]
            : CycloneDxValidation.Validate(bom, licenses);

        var components = new List<SbomComponent>();
        if (bom.TryGetProperty("components", out var list))
        {
            AddComponents(list, null, components);
        }

        SbomComponent? subject = null;
        DateTimeOffset? created = null;
        var tools = new List<string>();
        if (bom.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object)
        {
            if (metadata.TryGetProperty("component", out var described) && described.ValueKind == JsonValueKind.Object)
            {
                subject = ReadComponent(described, null);
            }

            if (Text(metadata, "timestamp") is { } timestamp
                && DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
            {
                created = instant;
            }

            if (metadata.TryGetProperty("tools", out var toolList))
            {
                tools.AddRange(ReadTools(toolList));
            }
        }

        var version = bom.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 1;
        var document = new SbomDocument
        {
            Format = SbomFormat.CycloneDx,
            SpecVersion = spec,
            SerialNumber = Text(bom, "serialNumber"),
            Version = version,
            Name = subject?.Name,
            Created = created,
            Tools = tools,
            Subject = subject,
            Components = components,
            Dependencies = ReadDependencies(bom),
            VexStatements = ReadVulnerabilities(bom),
        };
        return new SbomReadResult(document, [], findings);
    }

    private static void AddComponents(JsonElement list, string? parent, List<SbomComponent> into)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var component = ReadComponent(item, parent);
            into.Add(component);
            if (item.TryGetProperty("components", out var children))
            {
                AddComponents(children, component.Ref ?? parent, into);
            }
        }
    }

    private static SbomComponent ReadComponent(JsonElement item, string? parent) => new()
    {
        Ref = Text(item, "bom-ref"),
        Type = Text(item, "type"),
        Name = Text(item, "name") ?? string.Empty,
        Group = Text(item, "group"),
        Version = NonEmpty(Text(item, "version")) ?? NonEmpty(Text(item, "versionRange")),
        Supplier = Supplier(item),
        Purl = NonEmpty(Text(item, "purl")),
        Cpe = NonEmpty(Text(item, "cpe")),
        Hashes = [.. Objects(item, "hashes").Where(h => Text(h, "alg") is not null && Text(h, "content") is not null).Select(h => new SbomHash(Text(h, "alg")!, Text(h, "content")!))],
        Licenses = ReadLicenses(item),
        Description = Text(item, "description"),
        Properties = [.. Objects(item, "properties").Where(p => Text(p, "name") is not null).Select(p => new SbomProperty(Text(p, "name")!, Text(p, "value")))],
        Scope = Text(item, "scope"),
        ParentRef = parent,
    };

    /// <summary>The supplier's name; older BOMs only have the free-text publisher or author.</summary>
    private static string? Supplier(JsonElement item)
    {
        if (item.TryGetProperty("supplier", out var supplier) && supplier.ValueKind == JsonValueKind.Object && Text(supplier, "name") is { } name)
        {
            return name;
        }

        if (item.TryGetProperty("manufacturer", out var manufacturer) && manufacturer.ValueKind == JsonValueKind.Object && Text(manufacturer, "name") is { } maker)
        {
            return maker;
        }

        return Text(item, "publisher");
    }

    private static List<string> ReadLicenses(JsonElement item)
    {
        var result = new List<string>();
        foreach (var entry in Objects(item, "licenses"))
        {
            if (Text(entry, "expression") is { } expression)
            {
                result.Add(expression);
            }
            else if (entry.TryGetProperty("license", out var license) && license.ValueKind == JsonValueKind.Object
                && (Text(license, "id") ?? Text(license, "name")) is { } id)
            {
                result.Add(id);
            }
        }

        return result;
    }

    private static IEnumerable<string> ReadTools(JsonElement tools)
    {
        if (tools.ValueKind == JsonValueKind.Array)
        {
            foreach (var tool in tools.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Object))
            {
                yield return Join(Text(tool, "vendor"), Text(tool, "name"), Text(tool, "version"));
            }
        }
        else if (tools.ValueKind == JsonValueKind.Object)
        {
            foreach (var tool in Objects(tools, "components").Concat(Objects(tools, "services")))
            {
                var maker = tool.TryGetProperty("manufacturer", out var m) && m.ValueKind == JsonValueKind.Object ? Text(m, "name") : null;
                yield return Join(maker ?? Text(tool, "group") ?? Text(tool, "publisher"), Text(tool, "name"), Text(tool, "version"));
            }
        }
    }

    private static List<SbomDependency> ReadDependencies(JsonElement bom)
    {
        var result = new List<SbomDependency>();
        foreach (var dependency in Objects(bom, "dependencies"))
        {
            if (Text(dependency, "ref") is { Length: > 0 } reference)
            {
                result.Add(new SbomDependency(reference, Strings(dependency, "dependsOn")));
            }
        }

        return result;
    }

    private static List<VexStatement> ReadVulnerabilities(JsonElement bom)
    {
        var result = new List<VexStatement>();
        foreach (var vulnerability in Objects(bom, "vulnerabilities"))
        {
            var affects = Objects(vulnerability, "affects").Where(a => Text(a, "ref") is not null).ToList();
            var analysis = vulnerability.TryGetProperty("analysis", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
            var hasAnalysis = analysis.ValueKind == JsonValueKind.Object;
            var state = hasAnalysis ? Text(analysis, "state") : null;
            result.Add(new VexStatement
            {
                VulnerabilityId = Text(vulnerability, "id") ?? string.Empty,
                Source = vulnerability.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object ? Text(source, "name") ?? Text(source, "url") : null,
                AffectedRefs = [.. affects.Select(x => Text(x, "ref")!)],
                Status = CycloneDxVex.Status(state),
                StatusAsWritten = state,
                Justification = hasAnalysis ? Text(analysis, "justification") : null,
                Responses = hasAnalysis ? Strings(analysis, "response") : [],
                Detail = (hasAnalysis ? Text(analysis, "detail") : null) ?? Text(vulnerability, "detail"),
                Recommendation = Text(vulnerability, "recommendation"),
                AffectedVersions = [.. affects.SelectMany(x => Objects(x, "versions").Select(version =>
                    new VexAffectedVersion(Text(x, "ref")!, Text(version, "version"), Text(version, "range"), Text(version, "status") ?? "affected")))],
            });
        }

        return result;
    }

    /// <summary>Real SBOMs write "" for an unknown version; the model says unknown with null.</summary>
    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Objects(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    private static List<string> Strings(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
