using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>
/// Reads CycloneDX XML (namespace http://cyclonedx.org/schema/bom/1.x) into the format-neutral model. DTDs are
/// refused and nothing is ever resolved or fetched, so entity expansion and external entities cannot happen.
/// The XML is checked for the structure the model needs (component type and name, dependency refs); it is not
/// validated against the XSD.
/// </summary>
public static class CycloneDxXmlReader
{
    private const string NamespacePrefix = "http://cyclonedx.org/schema/bom/";

    public static SbomReadResult Read(ReadOnlyMemory<byte> content)
    {
        if (Limits(content) is { } problem)
        {
            return new SbomReadResult(null, [problem], []);
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content.ToArray(), writable: false), Settings());
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return SbomReadResult.Fail(Line(e.LineNumber, e.LinePosition), Describe(e));
        }

        var bom = document.Root!;
        var ns = bom.Name.Namespace;
        if (bom.Name.LocalName != "bom" || !ns.NamespaceName.StartsWith(NamespacePrefix, StringComparison.Ordinal))
        {
            return SbomReadResult.Fail(At(bom), $"expected a CycloneDX <bom> in namespace {NamespacePrefix}1.x but found <{bom.Name.LocalName}> in '{ns.NamespaceName}'");
        }

        var spec = ns.NamespaceName[NamespacePrefix.Length..];
        if (!spec.StartsWith("1.", StringComparison.Ordinal))
        {
            return SbomReadResult.Fail(At(bom), $"CycloneDX {spec} is not supported (1.x)");
        }

        var findings = new List<SbomError>();
        var components = new List<SbomComponent>();
        AddComponents(bom.Element(ns + "components"), null, components, findings);

        var metadata = bom.Element(ns + "metadata");
        var subjectElement = metadata?.Element(ns + "component");
        var subject = subjectElement is null ? null : ReadComponent(subjectElement, null, findings);
        DateTimeOffset? created = metadata?.Element(ns + "timestamp") is { } stamp
            && DateTimeOffset.TryParse(stamp.Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) ? instant : null;
        var versionText = (string?)bom.Attribute("version");
        int? version = versionText is null ? 1 : int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (version is null)
        {
            findings.Add(new SbomError(At(bom), $"version '{versionText}' is not a positive integer"));
        }

        var result = new SbomDocument
        {
            Format = SbomFormat.CycloneDx,
            SpecVersion = spec,
            SerialNumber = (string?)bom.Attribute("serialNumber"),
            Version = version,
            Name = subject?.Name,
            Created = created,
            Tools = Tools(metadata?.Element(ns + "tools")),
            Subject = subject,
            Components = components,
            Dependencies = Dependencies(bom.Element(ns + "dependencies"), findings),
            VexStatements = Vulnerabilities(bom.Element(ns + "vulnerabilities")),
        };
        return new SbomReadResult(result, [], findings);
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = SbomLimits.MaxDocumentBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>A forward pass that enforces nesting depth and text length before the tree is built.</summary>
    private static SbomError? Limits(ReadOnlyMemory<byte> content)
    {
        using var reader = XmlReader.Create(new MemoryStream(content.ToArray(), writable: false), Settings());
        var info = (IXmlLineInfo)reader;
        try
        {
            while (reader.Read())
            {
                if (reader.Depth >= SbomLimits.MaxDepth)
                {
                    return new SbomError(Line(info.LineNumber, info.LinePosition), $"nesting deeper than the maximum of {SbomLimits.MaxDepth} levels");
                }

                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && reader.Value.Length > SbomLimits.MaxStringLength)
                {
                    return new SbomError(Line(info.LineNumber, info.LinePosition), $"text longer than the maximum of {SbomLimits.MaxStringLength} characters");
                }
            }
        }
        catch (XmlException e)
        {
            // The DTD refusal carries no position of its own, so the declaration is looked up in the text.
            return e.LineNumber > 0
                ? new SbomError(Line(e.LineNumber, e.LinePosition), Describe(e))
                : new SbomError(DoctypePosition(content.Span) ?? Line(info.LineNumber, info.LinePosition), Describe(e));
        }

        return null;
    }

    private static string? DoctypePosition(ReadOnlySpan<byte> content)
    {
        var at = content.IndexOf("<!DOCTYPE"u8);
        if (at < 0)
        {
            return null;
        }

        var before = content[..at];
        var line = before.Count((byte)'\n') + 1;
        return Line(line, at - (before.LastIndexOf((byte)'\n') + 1) + 1);
    }

    private static string Describe(XmlException e) =>
        e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? "DTDs (and with them entity declarations) are not allowed in an SBOM; remove the <!DOCTYPE>"
            : "not well-formed XML: " + e.Message;

    private static void AddComponents(XElement? list, string? parent, List<SbomComponent> into, List<SbomError> findings)
    {
        if (list is null)
        {
            return;
        }

        foreach (var element in list.Elements(list.Name.Namespace + "component"))
        {
            var component = ReadComponent(element, parent, findings);
            into.Add(component);
            AddComponents(element.Element(element.Name.Namespace + "components"), component.Ref ?? parent, into, findings);
        }
    }

    private static SbomComponent ReadComponent(XElement element, string? parent, List<SbomError> findings)
    {
        var ns = element.Name.Namespace;
        var name = Child(element, "name");
        var type = (string?)element.Attribute("type");
        if (name is null)
        {
            findings.Add(new SbomError(At(element), "a component needs a <name>"));
        }

        if (type is null)
        {
            findings.Add(new SbomError(At(element), "a component needs a type attribute"));
        }

        var supplier = element.Element(ns + "supplier") is { } s ? Child(s, "name") : null;
        var manufacturer = element.Element(ns + "manufacturer") is { } m ? Child(m, "name") : null;
        return new SbomComponent
        {
            Ref = (string?)element.Attribute("bom-ref"),
            Type = type,
            Name = name ?? string.Empty,
            Group = Child(element, "group"),
            Version = Child(element, "version") ?? Child(element, "versionRange"),
            Supplier = supplier ?? manufacturer ?? Child(element, "publisher"),
            Purl = Child(element, "purl"),
            Cpe = Child(element, "cpe"),
            Hashes = [.. (element.Element(ns + "hashes")?.Elements(ns + "hash") ?? [])
                .Where(h => h.Attribute("alg") is not null)
                .Select(h => new SbomHash((string)h.Attribute("alg")!, h.Value.Trim()))],
            Licenses = Licenses(element.Element(ns + "licenses")),
            Description = Child(element, "description"),
            Properties = [.. (element.Element(ns + "properties")?.Elements(ns + "property") ?? [])
                .Where(p => p.Attribute("name") is not null)
                .Select(p => new SbomProperty((string)p.Attribute("name")!, p.Value))],
            Scope = Child(element, "scope"),
            ParentRef = parent,
        };
    }

    private static List<string> Licenses(XElement? licenses)
    {
        var result = new List<string>();
        foreach (var entry in licenses?.Elements() ?? [])
        {
            if (entry.Name.LocalName == "expression")
            {
                result.Add(entry.Value.Trim());
            }
            else if (entry.Name.LocalName == "license" && (Child(entry, "id") ?? Child(entry, "name")) is { } id)
            {
                result.Add(id);
            }
        }

        return result;
    }

    private static List<string> Tools(XElement? tools)
    {
        if (tools is null)
        {
            return [];
        }

        var ns = tools.Name.Namespace;
        var legacy = tools.Elements(ns + "tool").Select(t => Join(Child(t, "vendor"), Child(t, "name"), Child(t, "version")));
        var modern = (tools.Element(ns + "components")?.Elements(ns + "component") ?? [])
            .Concat(tools.Element(ns + "services")?.Elements(ns + "service") ?? [])
            .Select(t => Join(t.Element(ns + "manufacturer") is { } m ? Child(m, "name") : Child(t, "group"), Child(t, "name"), Child(t, "version")));
        return [.. legacy.Concat(modern)];
    }

    /// <summary>In XML, dependsOn entries are nested dependency elements that carry only a ref.</summary>
    private static List<SbomDependency> Dependencies(XElement? dependencies, List<SbomError> findings)
    {
        var result = new List<SbomDependency>();
        if (dependencies is null)
        {
            return result;
        }

        var ns = dependencies.Name.Namespace;
        foreach (var dependency in dependencies.Elements(ns + "dependency"))
        {
            var reference = (string?)dependency.Attribute("ref");
            if (string.IsNullOrEmpty(reference))
            {
                findings.Add(new SbomError(At(dependency), "a dependency needs a non-empty ref attribute"));
                continue;
            }

            result.Add(new SbomDependency(reference, [.. dependency.Elements(ns + "dependency").Select(d => (string?)d.Attribute("ref")).OfType<string>()]));
        }

        return result;
    }

    private static List<VexStatement> Vulnerabilities(XElement? vulnerabilities)
    {
        var result = new List<VexStatement>();
        if (vulnerabilities is null)
        {
            return result;
        }

        var ns = vulnerabilities.Name.Namespace;
        foreach (var vulnerability in vulnerabilities.Elements(ns + "vulnerability"))
        {
            var analysis = vulnerability.Element(ns + "analysis");
            var state = analysis is null ? null : Child(analysis, "state");
            var targets = (vulnerability.Element(ns + "affects")?.Elements(ns + "target") ?? []).Where(t => Child(t, "ref") is not null).ToList();
            var source = vulnerability.Element(ns + "source");
            result.Add(new VexStatement
            {
                VulnerabilityId = Child(vulnerability, "id") ?? string.Empty,
                Source = source is null ? null : Child(source, "name") ?? Child(source, "url"),
                AffectedRefs = [.. targets.Select(t => Child(t, "ref")!)],
                Status = CycloneDxVex.Status(state),
                StatusAsWritten = state,
                Justification = analysis is null ? null : Child(analysis, "justification"),
                Responses = [.. (analysis?.Element(ns + "responses")?.Elements(ns + "response") ?? []).Select(r => r.Value.Trim())],
                Detail = (analysis is null ? null : Child(analysis, "detail")) ?? Child(vulnerability, "detail"),
                Recommendation = Child(vulnerability, "recommendation"),
                AffectedVersions = [.. targets.SelectMany(t => (t.Element(ns + "versions")?.Elements(ns + "version") ?? [])
                    .Select(v => new VexAffectedVersion(Child(t, "ref")!, Child(v, "version"), Child(v, "range"), Child(v, "status") ?? "affected")))],
            });
        }

        return result;
    }

    private static string? Child(XElement element, string name) => element.Element(element.Name.Namespace + name)?.Value.Trim();

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string At(XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? Line(info.LineNumber, info.LinePosition) + $" <{element.Name.LocalName}>" : $"<{element.Name.LocalName}>";

    private static string Line(int line, int position) => string.Create(CultureInfo.InvariantCulture, $"line {line}, position {position}");
}
