using System.Text.Json;
using System.Text.RegularExpressions;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>The BOM root, metadata, tools and the document-wide reference rules.</summary>
internal sealed partial class CycloneDxValidator
{
    public void ValidateBom(JsonElement bom)
    {
        var required = Minor == 4 ? new[] { "bomFormat", "specVersion", "version" } : ["bomFormat", "specVersion"];
        if (!Object(bom, "$", CycloneDxVocabulary.RootMembers(Minor), required))
        {
            return;
        }

        String(bom, "$schema", "$");
        if (String(bom, "bomFormat", "$") is { } format && !string.Equals(format, "CycloneDX", StringComparison.Ordinal))
        {
            Error("$.bomFormat", $"must be 'CycloneDX' but is '{format}'");
        }

        String(bom, "specVersion", "$");
        Pattern(bom, "serialNumber", "$", SerialNumberRule(), "a urn:uuid: serial number (urn:uuid: and a lower-case RFC 4122 UUID)");
        Integer(bom, "version", "$", 1);
        if (Has(bom, "metadata", out var metadata))
        {
            Metadata(metadata, "$.metadata");
        }

        Array(bom, "components", "$", Component, unique: true);
        Array(bom, "services", "$", Service, unique: true);
        Array(bom, "externalReferences", "$", ExternalReference);
        Array(bom, "dependencies", "$", Dependency, unique: true);
        Array(bom, "compositions", "$", Composition, unique: true);
        Array(bom, "vulnerabilities", "$", Vulnerability, unique: true);
        Array(bom, "annotations", "$", Annotation, unique: true);
        Array(bom, "formulation", "$", (item, path) => Object(item, path, null), unique: true);
        ObjectMember(bom, "declarations", "$");
        ObjectMember(bom, "definitions", "$");
        Array(bom, "citations", "$", Citation, unique: true);
        Array(bom, "properties", "$", Property);
        ObjectMember(bom, "signature", "$");

        CollectBomRefs(bom, "$", inFormulation: false);
        CheckReferences();
    }

    private void Metadata(JsonElement metadata, string path)
    {
        if (!Object(metadata, path, CycloneDxVocabulary.MetadataMembers(Minor)))
        {
            return;
        }

        DateTime(metadata, "timestamp", path);
        Array(metadata, "lifecycles", path, Lifecycle);
        if (Has(metadata, "tools", out var tools))
        {
            Tools(tools, JsonPaths.Member(path, "tools"));
        }

        Array(metadata, "authors", path, Contact);
        if (Has(metadata, "component", out var component))
        {
            Component(component, JsonPaths.Member(path, "component"));
        }

        Organization(metadata, "manufacture", path);
        Organization(metadata, "manufacturer", path);
        Organization(metadata, "supplier", path);
        Licenses(metadata, path);
        Array(metadata, "properties", path, Property);
        if (Has(metadata, "distributionConstraints", out var distribution)
            && Object(distribution, JsonPaths.Member(path, "distributionConstraints"), CycloneDxVocabulary.DistributionMembers))
        {
            Enum(distribution, "tlp", JsonPaths.Member(path, "distributionConstraints"), CycloneDxVocabulary.TlpLevels);
        }
    }

    private void Lifecycle(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            Error(path, "expected an object but found " + Kind(item));
            return;
        }

        // Exactly one of a pre-defined phase or a custom name (with an optional description).
        if (Has(item, "phase", out _))
        {
            Object(item, path, CycloneDxVocabulary.LifecyclePhaseMembers);
            Enum(item, "phase", path, CycloneDxVocabulary.LifecyclePhases);
        }
        else if (Has(item, "name", out _))
        {
            Object(item, path, CycloneDxVocabulary.LifecycleNameMembers);
            String(item, "name", path);
            String(item, "description", path);
        }
        else
        {
            Error(path, "a lifecycle needs either 'phase' or 'name'");
        }
    }

    /// <summary>Tools are a list of legacy tool objects (deprecated in 1.5) or, from 1.5, an object of components and services.</summary>
    private void Tools(JsonElement tools, string path)
    {
        if (tools.ValueKind == JsonValueKind.Array)
        {
            Array(tools, path, LegacyTool);
        }
        else if (Minor >= 5 && tools.ValueKind == JsonValueKind.Object)
        {
            Object(tools, path, CycloneDxVocabulary.ToolsObjectMembers);
            Array(tools, "components", path, Component, unique: true);
            Array(tools, "services", path, Service, unique: true);
        }
        else
        {
            Error(path, (Minor >= 5 ? "expected an object of components and services, or an array of tools, but found " : "expected an array of tools but found ") + Kind(tools));
        }
    }

    private void LegacyTool(JsonElement tool, string path)
    {
        if (!Object(tool, path, CycloneDxVocabulary.LegacyToolMembers))
        {
            return;
        }

        String(tool, "vendor", path);
        String(tool, "name", path);
        String(tool, "version", path);
        Array(tool, "hashes", path, Hash);
        Array(tool, "externalReferences", path, ExternalReference);
    }

    private void Organization(JsonElement owner, string name, string path)
    {
        if (Has(owner, name, out var value))
        {
            Organization(value, JsonPaths.Member(path, name));
        }
    }

    private void Organization(JsonElement entity, string path)
    {
        if (!Object(entity, path, CycloneDxVocabulary.OrganizationMembers(Minor)))
        {
            return;
        }

        BomRef(entity, path);
        String(entity, "name", path);
        StringArray(entity, "url", path);
        Array(entity, "contact", path, Contact);
        if (Has(entity, "address", out var address) && Object(address, JsonPaths.Member(path, "address"), CycloneDxVocabulary.PostalAddressMembers))
        {
            foreach (var member in address.EnumerateObject())
            {
                String(address, member.Name, JsonPaths.Member(path, "address"), member.Name == "bom-ref" ? 1 : 0);
            }
        }
    }

    private void Contact(JsonElement contact, string path)
    {
        if (!Object(contact, path, CycloneDxVocabulary.ContactMembers(Minor)))
        {
            return;
        }

        BomRef(contact, path);
        String(contact, "name", path);
        if (String(contact, "email", path) is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            Error(JsonPaths.Member(path, "email"), $"'{Shorten(email)}' is not an e-mail address");
        }

        String(contact, "phone", path);
    }

    /// <summary>Up to 1.5 a property is an open object with nothing required; 1.6 made the name required and closed it.</summary>
    private void Property(JsonElement property, string path)
    {
        var closed = Minor >= 6;
        if (Object(property, path, closed ? CycloneDxVocabulary.PropertyMembers : null, closed ? ["name"] : []))
        {
            String(property, "name", path);
            String(property, "value", path);
        }
    }

    private void BomRef(JsonElement owner, string path) => String(owner, "bom-ref", path, minLength: 1);

    private void Attachment(JsonElement owner, string name, string path)
    {
        if (!Has(owner, name, out var text))
        {
            return;
        }

        var at = JsonPaths.Member(path, name);
        if (Object(text, at, CycloneDxVocabulary.AttachmentMembers, "content"))
        {
            String(text, "contentType", at);
            Enum(text, "encoding", at, CycloneDxVocabulary.Encodings);
            String(text, "content", at);
        }
    }

    /// <summary>
    /// Every bom-ref must be unique within the BOM, so all of them are collected wherever they occur. Formulation is
    /// the exception: a workflow lists the same workspace or task again where it is used (the official examples do),
    /// so refs there count for resolving references but not as duplicates.
    /// </summary>
    private void CollectBomRefs(JsonElement value, string path, bool inFormulation)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                {
                    var at = JsonPaths.Member(path, member.Name);
                    if (member.Name == "bom-ref" && member.Value.ValueKind == JsonValueKind.String)
                    {
                        var reference = member.Value.GetString()!;
                        if (reference.Length > 0 && !_bomRefs.TryAdd(reference, at) && !inFormulation && !_formulationRefs.Contains(reference))
                        {
                            Error(at, $"bom-ref '{Shorten(reference)}' is already used at {_bomRefs[reference]}; bom-refs must be unique");
                        }

                        if (inFormulation)
                        {
                            _formulationRefs.Add(reference);
                        }
                    }
                    else
                    {
                        CollectBomRefs(member.Value, at, inFormulation || (path == "$" && member.Name == "formulation"));
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CollectBomRefs(item, JsonPaths.Item(path, index++), inFormulation);
                }

                break;
        }
    }

    private void CheckReferences()
    {
        foreach (var (path, reference) in _dependencyRefs)
        {
            if (reference.Length > 0 && !_bomRefs.ContainsKey(reference) && !BomLinkRule().IsMatch(reference))
            {
                Error(path, $"'{Shorten(reference)}' does not name a bom-ref in this BOM");
            }
        }
    }

    [GeneratedRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialNumberRule();

    [GeneratedRegex("^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[1-9][0-9]*(#.+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BomLinkRule();
}
