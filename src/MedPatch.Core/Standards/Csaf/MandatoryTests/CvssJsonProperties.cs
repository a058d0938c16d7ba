namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>
/// The properties of the FIRST CVSS JSON schemas (v2.0, v3.0, v3.1) that the CSAF cvss_v2 and cvss_v3 objects use:
/// the vector metric each property spells out and its allowed values, keyed by the vector's abbreviation.
/// </summary>
internal static class CvssJsonProperties
{
    public sealed record Property(string Name, string Metric, IReadOnlyDictionary<string, string> Values);

    private const string NotDefined = "NOT_DEFINED";

    public static readonly IReadOnlyList<Property> V2 =
    [
        new("accessVector", "AV", Map(("L", "LOCAL"), ("A", "ADJACENT_NETWORK"), ("N", "NETWORK"))),
        new("accessComplexity", "AC", Map(("H", "HIGH"), ("M", "MEDIUM"), ("L", "LOW"))),
        new("authentication", "Au", Map(("M", "MULTIPLE"), ("S", "SINGLE"), ("N", "NONE"))),
        new("confidentialityImpact", "C", Map(("N", "NONE"), ("P", "PARTIAL"), ("C", "COMPLETE"))),
        new("integrityImpact", "I", Map(("N", "NONE"), ("P", "PARTIAL"), ("C", "COMPLETE"))),
        new("availabilityImpact", "A", Map(("N", "NONE"), ("P", "PARTIAL"), ("C", "COMPLETE"))),
        new("exploitability", "E", Map(("U", "UNPROVEN"), ("POC", "PROOF_OF_CONCEPT"), ("F", "FUNCTIONAL"), ("H", "HIGH"), ("ND", NotDefined))),
        new("remediationLevel", "RL", Map(("OF", "OFFICIAL_FIX"), ("TF", "TEMPORARY_FIX"), ("W", "WORKAROUND"), ("U", "UNAVAILABLE"), ("ND", NotDefined))),
        new("reportConfidence", "RC", Map(("UC", "UNCONFIRMED"), ("UR", "UNCORROBORATED"), ("C", "CONFIRMED"), ("ND", NotDefined))),
        new("collateralDamagePotential", "CDP", Map(("N", "NONE"), ("L", "LOW"), ("LM", "LOW_MEDIUM"), ("MH", "MEDIUM_HIGH"), ("H", "HIGH"), ("ND", NotDefined))),
        new("targetDistribution", "TD", Map(("N", "NONE"), ("L", "LOW"), ("M", "MEDIUM"), ("H", "HIGH"), ("ND", NotDefined))),
        new("confidentialityRequirement", "CR", Requirement("ND")),
        new("integrityRequirement", "IR", Requirement("ND")),
        new("availabilityRequirement", "AR", Requirement("ND")),
    ];

    public static readonly IReadOnlyList<Property> V3 =
    [
        new("attackVector", "AV", Map(("N", "NETWORK"), ("A", "ADJACENT_NETWORK"), ("L", "LOCAL"), ("P", "PHYSICAL"))),
        new("attackComplexity", "AC", Map(("L", "LOW"), ("H", "HIGH"))),
        new("privilegesRequired", "PR", Map(("N", "NONE"), ("L", "LOW"), ("H", "HIGH"))),
        new("userInteraction", "UI", Map(("N", "NONE"), ("R", "REQUIRED"))),
        new("scope", "S", Map(("U", "UNCHANGED"), ("C", "CHANGED"))),
        new("confidentialityImpact", "C", Cia()),
        new("integrityImpact", "I", Cia()),
        new("availabilityImpact", "A", Cia()),
        new("exploitCodeMaturity", "E", Map(("X", NotDefined), ("H", "HIGH"), ("F", "FUNCTIONAL"), ("P", "PROOF_OF_CONCEPT"), ("U", "UNPROVEN"))),
        new("remediationLevel", "RL", Map(("X", NotDefined), ("U", "UNAVAILABLE"), ("W", "WORKAROUND"), ("T", "TEMPORARY_FIX"), ("O", "OFFICIAL_FIX"))),
        new("reportConfidence", "RC", Map(("X", NotDefined), ("C", "CONFIRMED"), ("R", "REASONABLE"), ("U", "UNKNOWN"))),
        new("confidentialityRequirement", "CR", Requirement("X")),
        new("integrityRequirement", "IR", Requirement("X")),
        new("availabilityRequirement", "AR", Requirement("X")),
        new("modifiedAttackVector", "MAV", Map(("X", NotDefined), ("N", "NETWORK"), ("A", "ADJACENT_NETWORK"), ("L", "LOCAL"), ("P", "PHYSICAL"))),
        new("modifiedAttackComplexity", "MAC", Map(("X", NotDefined), ("L", "LOW"), ("H", "HIGH"))),
        new("modifiedPrivilegesRequired", "MPR", Map(("X", NotDefined), ("N", "NONE"), ("L", "LOW"), ("H", "HIGH"))),
        new("modifiedUserInteraction", "MUI", Map(("X", NotDefined), ("N", "NONE"), ("R", "REQUIRED"))),
        new("modifiedScope", "MS", Map(("X", NotDefined), ("U", "UNCHANGED"), ("C", "CHANGED"))),
        new("modifiedConfidentialityImpact", "MC", Map(("X", NotDefined), ("H", "HIGH"), ("L", "LOW"), ("N", "NONE"))),
        new("modifiedIntegrityImpact", "MI", Map(("X", NotDefined), ("H", "HIGH"), ("L", "LOW"), ("N", "NONE"))),
        new("modifiedAvailabilityImpact", "MA", Map(("X", NotDefined), ("H", "HIGH"), ("L", "LOW"), ("N", "NONE"))),
    ];

    /// <summary>The score properties of the schemas; each is a number from 0 to 10.</summary>
    public static readonly string[] V2Scores = ["baseScore", "temporalScore", "environmentalScore"];

    public static readonly string[] V3Scores = ["baseScore", "temporalScore", "environmentalScore"];

    /// <summary>The severity properties of the v3 schemas.</summary>
    public static readonly string[] V3Severities = ["baseSeverity", "temporalSeverity", "environmentalSeverity"];

    public static readonly HashSet<string> SeverityValues = new(StringComparer.Ordinal) { "NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL" };

    private static Dictionary<string, string> Cia() => Map(("H", "HIGH"), ("L", "LOW"), ("N", "NONE"));

    private static Dictionary<string, string> Requirement(string notDefined) =>
        Map(("L", "LOW"), ("M", "MEDIUM"), ("H", "HIGH"), (notDefined, NotDefined));

    private static Dictionary<string, string> Map(params (string Abbreviation, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Abbreviation, p => p.Value, StringComparer.Ordinal);
}
