namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// The FIRST CVSS JSON schemas the CSAF schema references for cvss_v2 and cvss_v3 (https://www.first.org/cvss/),
/// as checks. The vector is checked by pattern only, as the schemas do; whether it agrees with the other members
/// is mandatory test 6.1.9 and 6.1.10.
/// </summary>
internal static class CvssSchemas
{
    private static readonly string[] Cia2 = ["NONE", "PARTIAL", "COMPLETE"];
    private static readonly string[] Requirement = ["LOW", "MEDIUM", "HIGH", "NOT_DEFINED"];
    private static readonly string[] Cia3 = ["NONE", "LOW", "HIGH"];
    private static readonly string[] ModifiedCia3 = ["NONE", "LOW", "HIGH", "NOT_DEFINED"];
    private static readonly string[] Severity = ["NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL"];

    public static ObjectNode V2()
    {
        return new ObjectNode(
            ("version", CsafSchemaDefinition.Enum(["2.0"])),
            ("vectorString", new StringNode { Pattern = CsafPatterns.Cvss2Vector, PatternMeaning = "a CVSS v2.0 vector such as AV:N/AC:L/Au:N/C:P/I:P/A:P" }),
            ("accessVector", E("NETWORK", "ADJACENT_NETWORK", "LOCAL")),
            ("accessComplexity", E("HIGH", "MEDIUM", "LOW")),
            ("authentication", E("MULTIPLE", "SINGLE", "NONE")),
            ("confidentialityImpact", E(Cia2)),
            ("integrityImpact", E(Cia2)),
            ("availabilityImpact", E(Cia2)),
            ("baseScore", Score()),
            ("exploitability", E("UNPROVEN", "PROOF_OF_CONCEPT", "FUNCTIONAL", "HIGH", "NOT_DEFINED")),
            ("remediationLevel", E("OFFICIAL_FIX", "TEMPORARY_FIX", "WORKAROUND", "UNAVAILABLE", "NOT_DEFINED")),
            ("reportConfidence", E("UNCONFIRMED", "UNCORROBORATED", "CONFIRMED", "NOT_DEFINED")),
            ("temporalScore", Score()),
            ("collateralDamagePotential", E("NONE", "LOW", "LOW_MEDIUM", "MEDIUM_HIGH", "HIGH", "NOT_DEFINED")),
            ("targetDistribution", E("NONE", "LOW", "MEDIUM", "HIGH", "NOT_DEFINED")),
            ("confidentialityRequirement", E(Requirement)),
            ("integrityRequirement", E(Requirement)),
            ("availabilityRequirement", E(Requirement)),
            ("environmentalScore", Score()))
        {
            Required = ["version", "vectorString", "baseScore"],
        };
    }

    /// <summary>CVSS v3.0 and v3.1 share every member; they differ in the version and the vector prefix.</summary>
    public static ObjectNode V3(string version)
    {
        var vector = version == "3.0" ? CsafPatterns.Cvss30Vector : CsafPatterns.Cvss31Vector;
        return new ObjectNode(
            ("version", CsafSchemaDefinition.Enum([version])),
            ("vectorString", new StringNode { Pattern = vector, PatternMeaning = $"a CVSS v{version} vector such as CVSS:{version}/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" }),
            ("attackVector", E("NETWORK", "ADJACENT_NETWORK", "LOCAL", "PHYSICAL")),
            ("attackComplexity", E("HIGH", "LOW")),
            ("privilegesRequired", E("HIGH", "LOW", "NONE")),
            ("userInteraction", E("NONE", "REQUIRED")),
            ("scope", E("UNCHANGED", "CHANGED")),
            ("confidentialityImpact", E(Cia3)),
            ("integrityImpact", E(Cia3)),
            ("availabilityImpact", E(Cia3)),
            ("baseScore", Score()),
            ("baseSeverity", E(Severity)),
            ("exploitCodeMaturity", E("UNPROVEN", "PROOF_OF_CONCEPT", "FUNCTIONAL", "HIGH", "NOT_DEFINED")),
            ("remediationLevel", E("OFFICIAL_FIX", "TEMPORARY_FIX", "WORKAROUND", "UNAVAILABLE", "NOT_DEFINED")),
            ("reportConfidence", E("UNKNOWN", "REASONABLE", "CONFIRMED", "NOT_DEFINED")),
            ("temporalScore", Score()),
            ("temporalSeverity", E(Severity)),
            ("confidentialityRequirement", E(Requirement)),
            ("integrityRequirement", E(Requirement)),
            ("availabilityRequirement", E(Requirement)),
            ("modifiedAttackVector", E("NETWORK", "ADJACENT_NETWORK", "LOCAL", "PHYSICAL", "NOT_DEFINED")),
            ("modifiedAttackComplexity", E("HIGH", "LOW", "NOT_DEFINED")),
            ("modifiedPrivilegesRequired", E("HIGH", "LOW", "NONE", "NOT_DEFINED")),
            ("modifiedUserInteraction", E("NONE", "REQUIRED", "NOT_DEFINED")),
            ("modifiedScope", E("UNCHANGED", "CHANGED", "NOT_DEFINED")),
            ("modifiedConfidentialityImpact", E(ModifiedCia3)),
            ("modifiedIntegrityImpact", E(ModifiedCia3)),
            ("modifiedAvailabilityImpact", E(ModifiedCia3)),
            ("environmentalScore", Score()),
            ("environmentalSeverity", E(Severity)))
        {
            Required = ["version", "vectorString", "baseScore", "baseSeverity"],
        };
    }

    private static NumberNode Score() => new(0m, 10m);

    private static StringNode E(params string[] values) => CsafSchemaDefinition.Enum(values);
}
