using System.Globalization;
using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// Builds the typed model from a root that <see cref="CsafSchema"/> accepted, so types, required members and
/// enumeration values are known to be right here.
/// </summary>
internal static class CsafModelMapper
{
    public static CsafDocument Map(JsonElement root)
    {
        return new CsafDocument(
            Metadata(root.GetProperty("document")),
            Optional(root, "product_tree") is { } tree ? ProductTree(tree) : null,
            List(root, "vulnerabilities", Vulnerability));
    }

    private static CsafDocumentMetadata Metadata(JsonElement e)
    {
        return new CsafDocumentMetadata(
            Text(e, "category"),
            Text(e, "csaf_version"),
            Text(e, "title"),
            OptionalText(e, "lang"),
            OptionalText(e, "source_lang"),
            Publisher(e.GetProperty("publisher")),
            Tracking(e.GetProperty("tracking")),
            List(e, "notes", Note),
            List(e, "references", Reference),
            Optional(e, "distribution") is { } d
                ? new CsafDistribution(OptionalText(d, "text"), Optional(d, "tlp") is { } t ? new CsafTlp(Enum<CsafTlpLabel>(t, "label"), OptionalUri(t, "url")) : null)
                : null,
            Optional(e, "aggregate_severity") is { } s ? new CsafAggregateSeverity(Text(s, "text"), OptionalUri(s, "namespace")) : null,
            List(e, "acknowledgments", Acknowledgment));
    }

    private static CsafPublisher Publisher(JsonElement e)
    {
        return new CsafPublisher(
            Enum<CsafPublisherCategory>(e, "category"),
            Text(e, "name"),
            RequiredUri(e, "namespace"),
            OptionalText(e, "contact_details"),
            OptionalText(e, "issuing_authority"));
    }

    private static CsafTracking Tracking(JsonElement e)
    {
        return new CsafTracking(
            Text(e, "id"),
            Enum<CsafTrackingStatus>(e, "status"),
            Text(e, "version"),
            Date(e, "initial_release_date"),
            Date(e, "current_release_date"),
            List(e, "revision_history", r => new CsafRevision(Date(r, "date"), Text(r, "number"), Text(r, "summary"), OptionalText(r, "legacy_version"))),
            Optional(e, "generator") is { } g
                ? new CsafGenerator(Text(g.GetProperty("engine"), "name"), OptionalText(g.GetProperty("engine"), "version"), OptionalDate(g, "date"))
                : null,
            Strings(e, "aliases"));
    }

    private static CsafNote Note(JsonElement e)
    {
        return new CsafNote(Enum<CsafNoteCategory>(e, "category"), Text(e, "text"), OptionalText(e, "title"), OptionalText(e, "audience"));
    }

    private static CsafReference Reference(JsonElement e)
    {
        return new CsafReference(
            Text(e, "summary"),
            RequiredUri(e, "url"),
            OptionalText(e, "category") is { } c && CsafEnumNames.TryParse<CsafReferenceCategory>(c, out var category) ? category : CsafReferenceCategory.External);
    }

    private static CsafAcknowledgment Acknowledgment(JsonElement e)
    {
        return new CsafAcknowledgment(Strings(e, "names"), OptionalText(e, "organization"), OptionalText(e, "summary"), Uris(e, "urls"));
    }

    private static CsafProductTree ProductTree(JsonElement e)
    {
        return new CsafProductTree(
            List(e, "branches", Branch),
            List(e, "full_product_names", FullProductName),
            List(e, "relationships", r => new CsafRelationship(
                Enum<CsafRelationshipCategory>(r, "category"),
                Text(r, "product_reference"),
                Text(r, "relates_to_product_reference"),
                FullProductName(r.GetProperty("full_product_name")))),
            List(e, "product_groups", g => new CsafProductGroup(Text(g, "group_id"), Strings(g, "product_ids"), OptionalText(g, "summary"))));
    }

    private static CsafBranch Branch(JsonElement e)
    {
        return new CsafBranch(
            Enum<CsafBranchCategory>(e, "category"),
            Text(e, "name"),
            Optional(e, "product") is { } p ? FullProductName(p) : null,
            List(e, "branches", Branch));
    }

    private static CsafFullProductName FullProductName(JsonElement e)
    {
        return new CsafFullProductName(
            Text(e, "name"),
            Text(e, "product_id"),
            Optional(e, "product_identification_helper") is { } h ? Helper(h) : null);
    }

    private static CsafProductIdentificationHelper Helper(JsonElement e)
    {
        return new CsafProductIdentificationHelper(
            OptionalText(e, "cpe"),
            OptionalText(e, "purl"),
            List(e, "hashes", h => new CsafFileHashes(
                Text(h, "filename"),
                List(h, "file_hashes", f => new CsafFileHash(Text(f, "algorithm"), Text(f, "value"))))),
            Strings(e, "model_numbers"),
            Strings(e, "serial_numbers"),
            Strings(e, "skus"),
            Uris(e, "sbom_urls"),
            List(e, "x_generic_uris", u => new CsafGenericUri(RequiredUri(u, "namespace"), RequiredUri(u, "uri"))));
    }

    private static CsafVulnerability Vulnerability(JsonElement e)
    {
        return new CsafVulnerability(
            OptionalText(e, "cve"),
            Optional(e, "cwe") is { } cwe ? new CsafCwe(Text(cwe, "id"), Text(cwe, "name")) : null,
            List(e, "ids", i => new CsafVulnerabilityId(Text(i, "system_name"), Text(i, "text"))),
            OptionalText(e, "title"),
            List(e, "notes", Note),
            OptionalDate(e, "discovery_date"),
            OptionalDate(e, "release_date"),
            List(e, "references", Reference),
            List(e, "acknowledgments", Acknowledgment),
            Optional(e, "product_status") is { } s ? ProductStatus(s) : null,
            List(e, "remediations", Remediation),
            List(e, "scores", Score),
            List(e, "threats", t => new CsafThreat(
                Enum<CsafThreatCategory>(t, "category"), Text(t, "details"), OptionalDate(t, "date"), Strings(t, "product_ids"), Strings(t, "group_ids"))),
            List(e, "flags", f => new CsafFlag(
                Enum<CsafFlagLabel>(f, "label"), OptionalDate(f, "date"), Strings(f, "product_ids"), Strings(f, "group_ids"))),
            List(e, "involvements", i => new CsafInvolvement(
                Enum<CsafInvolvementParty>(i, "party"), Enum<CsafInvolvementStatus>(i, "status"), OptionalDate(i, "date"), OptionalText(i, "summary"))));
    }

    private static CsafProductStatus ProductStatus(JsonElement e)
    {
        return new CsafProductStatus(
            Strings(e, "first_affected"),
            Strings(e, "first_fixed"),
            Strings(e, "fixed"),
            Strings(e, "known_affected"),
            Strings(e, "known_not_affected"),
            Strings(e, "last_affected"),
            Strings(e, "recommended"),
            Strings(e, "under_investigation"));
    }

    private static CsafRemediation Remediation(JsonElement e)
    {
        return new CsafRemediation(
            Enum<CsafRemediationCategory>(e, "category"),
            Text(e, "details"),
            OptionalDate(e, "date"),
            OptionalUri(e, "url"),
            Strings(e, "product_ids"),
            Strings(e, "group_ids"),
            Strings(e, "entitlements"),
            Optional(e, "restart_required") is { } r ? new CsafRestartRequired(Enum<CsafRestartCategory>(r, "category"), OptionalText(r, "details")) : null);
    }

    private static CsafScore Score(JsonElement e)
    {
        return new CsafScore(
            Strings(e, "products"),
            Optional(e, "cvss_v2") is { } v2
                ? new CsafCvssV2(Text(v2, "version"), Text(v2, "vectorString"), Number(v2, "baseScore")!.Value,
                    Number(v2, "temporalScore"), Number(v2, "environmentalScore"), Metrics(v2))
                : null,
            Optional(e, "cvss_v3") is { } v3
                ? new CsafCvssV3(Text(v3, "version"), Text(v3, "vectorString"), Number(v3, "baseScore")!.Value, Text(v3, "baseSeverity"),
                    Number(v3, "temporalScore"), OptionalText(v3, "temporalSeverity"),
                    Number(v3, "environmentalScore"), OptionalText(v3, "environmentalSeverity"), Metrics(v3))
                : null);
    }

    private static Dictionary<string, string> Metrics(JsonElement e)
    {
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in e.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.String && member.Name is not ("version" or "vectorString"))
            {
                metrics[member.Name] = member.Value.GetString()!;
            }
        }

        return metrics;
    }

    private static JsonElement? Optional(JsonElement e, string name)
    {
        return e.TryGetProperty(name, out var value) ? value : null;
    }

    private static string Text(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static string? OptionalText(JsonElement e, string name) => Optional(e, name)?.GetString();

    private static T Enum<T>(JsonElement e, string name)
        where T : struct, System.Enum
    {
        var text = Text(e, name);
        return CsafEnumNames.TryParse<T>(text, out var value)
            ? value
            : throw new InvalidOperationException($"schema-checked value \"{text}\" of {name} is no {typeof(T).Name}");
    }

    private static decimal? Number(JsonElement e, string name)
    {
        return Optional(e, name) is { } n ? (n.TryGetDecimal(out var d) ? d : (decimal)n.GetDouble()) : null;
    }

    private static DateTimeOffset Date(JsonElement e, string name) => CsafDateTime.Parse(Text(e, name));

    private static DateTimeOffset? OptionalDate(JsonElement e, string name)
    {
        return OptionalText(e, name) is { } text ? CsafDateTime.Parse(text) : null;
    }

    private static string RequiredUri(JsonElement e, string name) => Text(e, name);

    private static string? OptionalUri(JsonElement e, string name) => OptionalText(e, name);

    private static string[] Strings(JsonElement e, string name)
    {
        return Optional(e, name) is { } array ? array.EnumerateArray().Select(s => s.GetString()!).ToArray() : [];
    }

    private static string[] Uris(JsonElement e, string name) => Strings(e, name);

    private static T[] List<T>(JsonElement e, string name, Func<JsonElement, T> map)
    {
        return Optional(e, name) is { } array ? array.EnumerateArray().Select(map).ToArray() : [];
    }
}
