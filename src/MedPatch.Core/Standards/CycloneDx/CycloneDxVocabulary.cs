using System.Collections.Frozen;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>
/// The closed value sets and member lists of the CycloneDX JSON format, per minor version (4 = 1.4 … 7 = 1.7).
/// Each version only adds to the previous one, so a table is the 1.4 set plus what later versions introduced.
/// </summary>
internal static class CycloneDxVocabulary
{
    public const int FirstMinor = 4;
    public const int LastMinor = 7;

    public static FrozenSet<string> RootMembers(int minor) => Grow(
        minor,
        ["$schema", "bomFormat", "specVersion", "serialNumber", "version", "metadata", "components", "services", "externalReferences", "dependencies", "compositions", "vulnerabilities", "signature"],
        ["annotations", "formulation", "properties"],
        ["declarations", "definitions"],
        ["citations"]);

    public static FrozenSet<string> MetadataMembers(int minor) => Grow(
        minor,
        ["timestamp", "tools", "authors", "component", "manufacture", "supplier", "licenses", "properties"],
        ["lifecycles"],
        ["manufacturer"],
        ["distributionConstraints"]);

    public static FrozenSet<string> ComponentMembers(int minor) => Grow(
        minor,
        ["type", "mime-type", "bom-ref", "supplier", "author", "publisher", "group", "name", "version", "description", "scope", "hashes", "licenses", "copyright", "cpe", "purl", "swid", "modified", "pedigree", "externalReferences", "properties", "components", "evidence", "releaseNotes", "signature"],
        ["modelCard", "data"],
        ["manufacturer", "authors", "omniborId", "swhid", "cryptoProperties", "tags"],
        ["versionRange", "isExternal", "patentAssertions"]);

    public static FrozenSet<string> ComponentTypes(int minor) => Grow(
        minor,
        ["application", "framework", "library", "container", "operating-system", "device", "firmware", "file"],
        ["platform", "device-driver", "machine-learning-model", "data"],
        ["cryptographic-asset"],
        []);

    public static FrozenSet<string> ServiceMembers(int minor) => Grow(
        minor,
        ["bom-ref", "provider", "group", "name", "version", "description", "endpoints", "authenticated", "x-trust-boundary", "data", "licenses", "externalReferences", "services", "releaseNotes", "properties", "signature"],
        ["trustZone"],
        ["tags"],
        ["patentAssertions"]);

    public static FrozenSet<string> VulnerabilityMembers(int minor) => Grow(
        minor,
        ["bom-ref", "id", "source", "references", "ratings", "cwes", "description", "detail", "recommendation", "advisories", "created", "published", "updated", "credits", "tools", "analysis", "affects", "properties"],
        ["workaround", "proofOfConcept", "rejected"],
        [],
        []);

    public static FrozenSet<string> AnalysisMembers(int minor) => Grow(minor, ["state", "justification", "response", "detail"], ["firstIssued", "lastUpdated"], [], []);

    public static FrozenSet<string> LicenseMembers(int minor) => Grow(minor, ["id", "name", "text", "url"], ["bom-ref", "licensing", "properties"], ["acknowledgement"], []);

    public static FrozenSet<string> OrganizationMembers(int minor) => Grow(minor, ["name", "url", "contact"], ["bom-ref"], ["address"], []);

    public static FrozenSet<string> ContactMembers(int minor) => Grow(minor, ["name", "email", "phone"], ["bom-ref"], [], []);

    public static FrozenSet<string> DependencyMembers(int minor) => Grow(minor, ["ref", "dependsOn"], [], ["provides"], []);

    public static FrozenSet<string> CompositionMembers(int minor) => Grow(minor, ["aggregate", "assemblies", "dependencies", "signature"], ["bom-ref", "vulnerabilities"], [], []);

    public static FrozenSet<string> ServiceDataMembers(int minor) => Grow(minor, ["flow", "classification"], ["name", "description", "governance", "source", "destination"], [], []);

    public static FrozenSet<string> HashAlgorithms(int minor) => Grow(
        minor,
        ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-384", "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3"],
        [],
        [],
        ["Streebog-256", "Streebog-512"]);

    public static FrozenSet<string> ExternalReferenceTypes(int minor) => Grow(
        minor,
        ["vcs", "issue-tracker", "website", "advisories", "bom", "mailing-list", "social", "chat", "documentation", "support", "distribution", "license", "build-meta", "build-system", "release-notes", "other"],
        ["distribution-intake", "security-contact", "model-card", "log", "configuration", "evidence", "formulation", "attestation", "threat-model", "adversary-model", "risk-assessment", "vulnerability-assertion", "exploitability-statement", "pentest-report", "static-analysis-report", "dynamic-analysis-report", "runtime-analysis-report", "component-analysis-report", "maturity-report", "certification-report", "codified-infrastructure", "quality-metrics", "poam"],
        ["source-distribution", "electronic-signature", "digital-signature", "rfc-9116"],
        ["patent", "patent-family", "patent-assertion", "citation"]);

    public static FrozenSet<string> ScoreMethods(int minor) => Grow(minor, ["CVSSv2", "CVSSv3", "CVSSv31", "OWASP", "other"], ["CVSSv4", "SSVC"], [], []);

    public static FrozenSet<string> Aggregates(int minor) => Grow(
        minor,
        ["complete", "incomplete", "incomplete_first_party_only", "incomplete_third_party_only", "unknown", "not_specified"],
        ["incomplete_first_party_proprietary_only", "incomplete_first_party_opensource_only", "incomplete_third_party_proprietary_only", "incomplete_third_party_opensource_only"],
        [],
        []);

    public static readonly FrozenSet<string> Scopes = Set("required", "optional", "excluded");
    public static readonly FrozenSet<string> PatchTypes = Set("unofficial", "monkey", "backport", "cherry-pick");
    public static readonly FrozenSet<string> IssueTypes = Set("defect", "enhancement", "security");
    public static readonly FrozenSet<string> DataFlows = Set("inbound", "outbound", "bi-directional", "unknown");
    public static readonly FrozenSet<string> Severities = Set("critical", "high", "medium", "low", "info", "none", "unknown");
    public static readonly FrozenSet<string> AnalysisStates = Set("resolved", "resolved_with_pedigree", "exploitable", "in_triage", "false_positive", "not_affected");
    public static readonly FrozenSet<string> Justifications = Set("code_not_present", "code_not_reachable", "requires_configuration", "requires_dependency", "requires_environment", "protected_by_compiler", "protected_at_runtime", "protected_at_perimeter", "protected_by_mitigating_control");
    public static readonly FrozenSet<string> Responses = Set("can_not_fix", "will_not_fix", "update", "rollback", "workaround_available");
    public static readonly FrozenSet<string> AffectedStatuses = Set("affected", "unaffected", "unknown");
    public static readonly FrozenSet<string> LifecyclePhases = Set("design", "pre-build", "build", "post-build", "operations", "discovery", "decommission");
    public static readonly FrozenSet<string> Acknowledgements = Set("declared", "concluded");
    public static readonly FrozenSet<string> TlpLevels = Set("CLEAR", "GREEN", "AMBER", "AMBER_AND_STRICT", "RED");
    public static readonly FrozenSet<string> Encodings = Set("base64");

    public static readonly FrozenSet<string> LegacyToolMembers = Set("vendor", "name", "version", "hashes", "externalReferences");
    public static readonly FrozenSet<string> ToolsObjectMembers = Set("components", "services");
    public static readonly FrozenSet<string> AttachmentMembers = Set("contentType", "encoding", "content");
    public static readonly FrozenSet<string> HashMembers = Set("alg", "content");
    public static readonly FrozenSet<string> PropertyMembers = Set("name", "value");
    public static readonly FrozenSet<string> SwidMembers = Set("tagId", "name", "version", "tagVersion", "patch", "text", "url");
    public static readonly FrozenSet<string> PedigreeMembers = Set("ancestors", "descendants", "variants", "commits", "patches", "notes");
    public static readonly FrozenSet<string> CommitMembers = Set("uid", "url", "author", "committer", "message");
    public static readonly FrozenSet<string> ActionMembers = Set("timestamp", "name", "email");
    public static readonly FrozenSet<string> PatchMembers = Set("type", "diff", "resolves");
    public static readonly FrozenSet<string> DiffMembers = Set("text", "url");
    public static readonly FrozenSet<string> IssueMembers = Set("type", "id", "name", "description", "source", "references");
    public static readonly FrozenSet<string> SourceMembers = Set("name", "url");
    public static readonly FrozenSet<string> ExpressionDetailMembers = Set("licenseIdentifier", "bom-ref", "text", "url");

    public static FrozenSet<string> ExternalReferenceMembers(int minor) => Grow(minor, ["url", "comment", "type", "hashes"], [], [], ["properties"]);
    public static readonly FrozenSet<string> RatingMembers = Set("source", "score", "severity", "method", "vector", "justification");
    public static readonly FrozenSet<string> ReferenceMembers = Set("id", "source");
    public static readonly FrozenSet<string> AdvisoryMembers = Set("title", "url");
    public static readonly FrozenSet<string> CreditsMembers = Set("organizations", "individuals");
    public static readonly FrozenSet<string> AffectsMembers = Set("ref", "versions");
    public static readonly FrozenSet<string> AffectedVersionMembers = Set("version", "range", "status");
    public static readonly FrozenSet<string> AnnotationMembers = Set("bom-ref", "subjects", "annotator", "timestamp", "text", "signature");
    public static readonly FrozenSet<string> AnnotatorMembers = Set("organization", "individual", "component", "service");
    public static readonly FrozenSet<string> CitationMembers = Set("bom-ref", "pointers", "expressions", "timestamp", "attributedTo", "process", "note", "signature");
    public static readonly FrozenSet<string> PostalAddressMembers = Set("bom-ref", "country", "region", "locality", "postOfficeBoxNumber", "postalCode", "streetAddress");
    public static readonly FrozenSet<string> DistributionMembers = Set("tlp");
    public static readonly FrozenSet<string> LicenseEntryMembers = Set("license");
    public static readonly FrozenSet<string> LifecyclePhaseMembers = Set("phase");
    public static readonly FrozenSet<string> LifecycleNameMembers = Set("name", "description");

    public static FrozenSet<string> ExpressionMembers(int minor) => Grow(minor, ["expression"], ["bom-ref"], ["acknowledgement"], ["expressionDetails", "licensing", "properties"]);

    /// <summary>Hex digits a hash of this algorithm has; null where the standard allows several lengths (BLAKE3).</summary>
    public static int? HashLength(string algorithm) => algorithm switch
    {
        "MD5" => 32,
        "SHA-1" => 40,
        "SHA-256" or "SHA3-256" or "BLAKE2b-256" or "Streebog-256" => 64,
        "SHA-384" or "SHA3-384" or "BLAKE2b-384" => 96,
        "SHA-512" or "SHA3-512" or "BLAKE2b-512" or "Streebog-512" => 128,
        _ => null,
    };

    private static FrozenSet<string> Set(params string[] values) => values.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> Grow(int minor, string[] v14, string[] v15, string[] v16, string[] v17)
    {
        IEnumerable<string> all = v14;
        if (minor >= 5)
        {
            all = all.Concat(v15);
        }

        if (minor >= 6)
        {
            all = all.Concat(v16);
        }

        if (minor >= 7)
        {
            all = all.Concat(v17);
        }

        return all.ToFrozenSet(StringComparer.Ordinal);
    }
}
