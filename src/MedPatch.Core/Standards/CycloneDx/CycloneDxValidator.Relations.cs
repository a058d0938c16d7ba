using System.Text.Json;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>Services, dependencies, compositions, annotations and citations.</summary>
internal sealed partial class CycloneDxValidator
{
    private void Service(JsonElement service, string path)
    {
        if (!Object(service, path, CycloneDxVocabulary.ServiceMembers(Minor), "name"))
        {
            return;
        }

        BomRef(service, path);
        Organization(service, "provider", path);
        String(service, "group", path);
        String(service, "name", path);
        String(service, "version", path);
        String(service, "description", path);
        StringArray(service, "endpoints", path);
        Boolean(service, "authenticated", path);
        Boolean(service, "x-trust-boundary", path);
        String(service, "trustZone", path);
        Array(service, "data", path, ServiceData);
        Licenses(service, path);
        Array(service, "externalReferences", path, ExternalReference);
        Array(service, "services", path, Service, unique: true);
        ObjectMember(service, "releaseNotes", path);
        Array(service, "properties", path, Property);
        StringArray(service, "tags", path);
        ObjectMember(service, "signature", path);
        ArrayMember(service, "patentAssertions", path);
    }

    private void ServiceData(JsonElement data, string path)
    {
        if (!Object(data, path, CycloneDxVocabulary.ServiceDataMembers(Minor), "flow", "classification"))
        {
            return;
        }

        Enum(data, "flow", path, CycloneDxVocabulary.DataFlows);
        String(data, "classification", path);
        String(data, "name", path);
        String(data, "description", path);
        ObjectMember(data, "governance", path);
        StringArray(data, "source", path);
        StringArray(data, "destination", path);
    }

    private void Dependency(JsonElement dependency, string path)
    {
        if (!Object(dependency, path, CycloneDxVocabulary.DependencyMembers(Minor), "ref"))
        {
            return;
        }

        if (String(dependency, "ref", path, minLength: 1) is { } reference)
        {
            _dependencyRefs.Add((JsonPaths.Member(path, "ref"), reference));
        }

        foreach (var list in new[] { "dependsOn", "provides" })
        {
            Array(
                dependency,
                list,
                path,
                (item, at) =>
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        Error(at, "expected a bom-ref string but found " + Kind(item));
                    }
                    else if (item.GetString()!.Length == 0)
                    {
                        Error(at, "must not be empty");
                    }
                    else
                    {
                        _dependencyRefs.Add((at, item.GetString()!));
                    }
                },
                unique: true);
        }
    }

    private void Composition(JsonElement composition, string path)
    {
        if (!Object(composition, path, CycloneDxVocabulary.CompositionMembers(Minor), "aggregate"))
        {
            return;
        }

        BomRef(composition, path);
        Enum(composition, "aggregate", path, CycloneDxVocabulary.Aggregates(Minor));
        StringArray(composition, "assemblies", path, unique: true);
        StringArray(composition, "dependencies", path, unique: true);
        StringArray(composition, "vulnerabilities", path, unique: true);
        ObjectMember(composition, "signature", path);
    }

    private void Annotation(JsonElement annotation, string path)
    {
        if (!Object(annotation, path, CycloneDxVocabulary.AnnotationMembers, "subjects", "annotator", "timestamp", "text"))
        {
            return;
        }

        BomRef(annotation, path);
        StringArray(annotation, "subjects", path, unique: true);
        if (Has(annotation, "annotator", out var annotator))
        {
            var at = JsonPaths.Member(path, "annotator");
            if (Object(annotator, at, CycloneDxVocabulary.AnnotatorMembers))
            {
                var kinds = annotator.EnumerateObject().Count();
                if (kinds != 1)
                {
                    Error(at, "an annotator is exactly one of organization, individual, component or service");
                }

                Organization(annotator, "organization", at);
                if (Has(annotator, "individual", out var individual))
                {
                    Contact(individual, JsonPaths.Member(at, "individual"));
                }

                if (Has(annotator, "component", out var component))
                {
                    Component(component, JsonPaths.Member(at, "component"));
                }

                if (Has(annotator, "service", out var service))
                {
                    Service(service, JsonPaths.Member(at, "service"));
                }
            }
        }

        DateTime(annotation, "timestamp", path);
        String(annotation, "text", path);
        ObjectMember(annotation, "signature", path);
    }

    /// <summary>A citation (1.7) names who or what supplied data, and where: by JSON pointers or by path expressions, not both.</summary>
    private void Citation(JsonElement citation, string path)
    {
        if (!Object(citation, path, CycloneDxVocabulary.CitationMembers, "timestamp"))
        {
            return;
        }

        BomRef(citation, path);
        StringArray(citation, "pointers", path);
        StringArray(citation, "expressions", path);
        foreach (var list in new[] { "pointers", "expressions" })
        {
            if (Has(citation, list, out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0)
            {
                Error(JsonPaths.Member(path, list), "must have at least 1 item(s)");
            }
        }

        DateTime(citation, "timestamp", path);
        String(citation, "attributedTo", path, minLength: 1);
        String(citation, "process", path, minLength: 1);
        String(citation, "note", path);
        ObjectMember(citation, "signature", path);
        if (!Has(citation, "attributedTo", out _) && !Has(citation, "process", out _))
        {
            Error(path, "a citation needs 'attributedTo' or 'process'");
        }

        if (Has(citation, "pointers", out _) == Has(citation, "expressions", out _))
        {
            Error(path, "a citation has either 'pointers' or 'expressions', exactly one of them");
        }
    }
}
