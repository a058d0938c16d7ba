namespace MedPatch.Features.Intelligence.Api;

/// <summary>One metric as the specifications name it: its group, full name and the full names of its values.</summary>
public sealed record CvssMetricDefinition(string Group, string Name, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// The metric and value names of CVSS v2 (guide section 2), v3.0/v3.1 (specification section 2–4 and table 15)
/// and v4.0 (specification sections 2–4), so a vector reads as words rather than abbreviations.
/// </summary>
public static class CvssMetricNames
{
    private static readonly Dictionary<string, string> NotDefined = new(StringComparer.Ordinal) { ["X"] = "Not Defined" };

    private static readonly IReadOnlyDictionary<string, CvssMetricDefinition> V2 = new Dictionary<string, CvssMetricDefinition>(StringComparer.Ordinal)
    {
        ["AV"] = Base("Access Vector", ("L", "Local"), ("A", "Adjacent Network"), ("N", "Network")),
        ["AC"] = Base("Access Complexity", ("H", "High"), ("M", "Medium"), ("L", "Low")),
        ["Au"] = Base("Authentication", ("M", "Multiple"), ("S", "Single"), ("N", "None")),
        ["C"] = Base("Confidentiality Impact", ("N", "None"), ("P", "Partial"), ("C", "Complete")),
        ["I"] = Base("Integrity Impact", ("N", "None"), ("P", "Partial"), ("C", "Complete")),
        ["A"] = Base("Availability Impact", ("N", "None"), ("P", "Partial"), ("C", "Complete")),
        ["E"] = Metric("temporal", "Exploitability", ("U", "Unproven"), ("POC", "Proof-of-Concept"), ("F", "Functional"), ("H", "High"), ("ND", "Not Defined")),
        ["RL"] = Metric("temporal", "Remediation Level", ("OF", "Official Fix"), ("TF", "Temporary Fix"), ("W", "Workaround"), ("U", "Unavailable"), ("ND", "Not Defined")),
        ["RC"] = Metric("temporal", "Report Confidence", ("UC", "Unconfirmed"), ("UR", "Uncorroborated"), ("C", "Confirmed"), ("ND", "Not Defined")),
        ["CDP"] = Metric("environmental", "Collateral Damage Potential", ("N", "None"), ("L", "Low"), ("LM", "Low-Medium"), ("MH", "Medium-High"), ("H", "High"), ("ND", "Not Defined")),
        ["TD"] = Metric("environmental", "Target Distribution", ("N", "None"), ("L", "Low"), ("M", "Medium"), ("H", "High"), ("ND", "Not Defined")),
        ["CR"] = Metric("environmental", "Confidentiality Requirement", ("L", "Low"), ("M", "Medium"), ("H", "High"), ("ND", "Not Defined")),
        ["IR"] = Metric("environmental", "Integrity Requirement", ("L", "Low"), ("M", "Medium"), ("H", "High"), ("ND", "Not Defined")),
        ["AR"] = Metric("environmental", "Availability Requirement", ("L", "Low"), ("M", "Medium"), ("H", "High"), ("ND", "Not Defined")),
    };

    private static readonly IReadOnlyDictionary<string, CvssMetricDefinition> V3 = BuildV3(adjacent: "Adjacent Network");

    // v3.1 renamed only the value A of the attack vector ("Adjacent"); everything else reads the same.
    private static readonly IReadOnlyDictionary<string, CvssMetricDefinition> V31 = BuildV3(adjacent: "Adjacent");

    private static readonly IReadOnlyDictionary<string, CvssMetricDefinition> V4 = BuildV4();

    /// <summary>The definition of a metric abbreviation in a CVSS version ("2.0", "3.0", "3.1", "4.0"); null when unknown.</summary>
    public static CvssMetricDefinition? Find(string version, string key)
    {
        var table = version switch
        {
            "2.0" => V2,
            "3.0" => V3,
            "3.1" => V31,
            "4.0" => V4,
            _ => null,
        };
        return table is not null && table.TryGetValue(key, out var definition) ? definition : null;
    }

    private static Dictionary<string, CvssMetricDefinition> BuildV3(string adjacent)
    {
        (string, string)[] cia = [("H", "High"), ("L", "Low"), ("N", "None")];
        (string, string)[] requirement = [("X", "Not Defined"), ("H", "High"), ("M", "Medium"), ("L", "Low")];
        (string, string)[] attackVector = [("N", "Network"), ("A", adjacent), ("L", "Local"), ("P", "Physical")];
        (string, string)[] complexity = [("L", "Low"), ("H", "High")];
        (string, string)[] privileges = [("N", "None"), ("L", "Low"), ("H", "High")];
        (string, string)[] interaction = [("N", "None"), ("R", "Required")];
        (string, string)[] scope = [("U", "Unchanged"), ("C", "Changed")];
        return new Dictionary<string, CvssMetricDefinition>(StringComparer.Ordinal)
        {
            ["AV"] = Base("Attack Vector", attackVector),
            ["AC"] = Base("Attack Complexity", complexity),
            ["PR"] = Base("Privileges Required", privileges),
            ["UI"] = Base("User Interaction", interaction),
            ["S"] = Base("Scope", scope),
            ["C"] = Base("Confidentiality", cia),
            ["I"] = Base("Integrity", cia),
            ["A"] = Base("Availability", cia),
            ["E"] = Metric("temporal", "Exploit Code Maturity", ("X", "Not Defined"), ("H", "High"), ("F", "Functional"), ("P", "Proof-of-Concept"), ("U", "Unproven")),
            ["RL"] = Metric("temporal", "Remediation Level", ("X", "Not Defined"), ("U", "Unavailable"), ("W", "Workaround"), ("T", "Temporary Fix"), ("O", "Official Fix")),
            ["RC"] = Metric("temporal", "Report Confidence", ("X", "Not Defined"), ("C", "Confirmed"), ("R", "Reasonable"), ("U", "Unknown")),
            ["CR"] = Metric("environmental", "Confidentiality Requirement", requirement),
            ["IR"] = Metric("environmental", "Integrity Requirement", requirement),
            ["AR"] = Metric("environmental", "Availability Requirement", requirement),
            ["MAV"] = Modified("Modified Attack Vector", attackVector),
            ["MAC"] = Modified("Modified Attack Complexity", complexity),
            ["MPR"] = Modified("Modified Privileges Required", privileges),
            ["MUI"] = Modified("Modified User Interaction", interaction),
            ["MS"] = Modified("Modified Scope", scope),
            ["MC"] = Modified("Modified Confidentiality", cia),
            ["MI"] = Modified("Modified Integrity", cia),
            ["MA"] = Modified("Modified Availability", cia),
        };
    }

    private static Dictionary<string, CvssMetricDefinition> BuildV4()
    {
        (string, string)[] impact = [("H", "High"), ("L", "Low"), ("N", "None")];
        (string, string)[] subsequentSafety = [("S", "Safety"), ("H", "High"), ("L", "Low"), ("N", "Negligible")];
        (string, string)[] modifiedSubsequent = [("H", "High"), ("L", "Low"), ("N", "Negligible")];
        (string, string)[] requirement = [("X", "Not Defined"), ("H", "High"), ("M", "Medium"), ("L", "Low")];
        (string, string)[] attackVector = [("N", "Network"), ("A", "Adjacent"), ("L", "Local"), ("P", "Physical")];
        (string, string)[] complexity = [("L", "Low"), ("H", "High")];
        (string, string)[] requirements = [("N", "None"), ("P", "Present")];
        (string, string)[] privileges = [("N", "None"), ("L", "Low"), ("H", "High")];
        (string, string)[] interaction = [("N", "None"), ("P", "Passive"), ("A", "Active")];
        return new Dictionary<string, CvssMetricDefinition>(StringComparer.Ordinal)
        {
            ["AV"] = Base("Attack Vector", attackVector),
            ["AC"] = Base("Attack Complexity", complexity),
            ["AT"] = Base("Attack Requirements", requirements),
            ["PR"] = Base("Privileges Required", privileges),
            ["UI"] = Base("User Interaction", interaction),
            ["VC"] = Base("Vulnerable System Confidentiality Impact", impact),
            ["VI"] = Base("Vulnerable System Integrity Impact", impact),
            ["VA"] = Base("Vulnerable System Availability Impact", impact),
            ["SC"] = Base("Subsequent System Confidentiality Impact", impact),
            ["SI"] = Base("Subsequent System Integrity Impact", impact),
            ["SA"] = Base("Subsequent System Availability Impact", impact),
            ["E"] = Metric("threat", "Exploit Maturity", ("X", "Not Defined"), ("A", "Attacked"), ("P", "POC"), ("U", "Unreported")),
            ["CR"] = Metric("environmental", "Confidentiality Requirement", requirement),
            ["IR"] = Metric("environmental", "Integrity Requirement", requirement),
            ["AR"] = Metric("environmental", "Availability Requirement", requirement),
            ["MAV"] = Modified("Modified Attack Vector", attackVector),
            ["MAC"] = Modified("Modified Attack Complexity", complexity),
            ["MAT"] = Modified("Modified Attack Requirements", requirements),
            ["MPR"] = Modified("Modified Privileges Required", privileges),
            ["MUI"] = Modified("Modified User Interaction", interaction),
            ["MVC"] = Modified("Modified Vulnerable System Confidentiality Impact", impact),
            ["MVI"] = Modified("Modified Vulnerable System Integrity Impact", impact),
            ["MVA"] = Modified("Modified Vulnerable System Availability Impact", impact),
            ["MSC"] = Modified("Modified Subsequent System Confidentiality Impact", modifiedSubsequent),
            ["MSI"] = Modified("Modified Subsequent System Integrity Impact", subsequentSafety),
            ["MSA"] = Modified("Modified Subsequent System Availability Impact", subsequentSafety),
            ["S"] = Metric("supplemental", "Safety", ("X", "Not Defined"), ("N", "Negligible"), ("P", "Present")),
            ["AU"] = Metric("supplemental", "Automatable", ("X", "Not Defined"), ("N", "No"), ("Y", "Yes")),
            ["R"] = Metric("supplemental", "Recovery", ("X", "Not Defined"), ("A", "Automatic"), ("U", "User"), ("I", "Irrecoverable")),
            ["V"] = Metric("supplemental", "Value Density", ("X", "Not Defined"), ("D", "Diffuse"), ("C", "Concentrated")),
            ["RE"] = Metric("supplemental", "Vulnerability Response Effort", ("X", "Not Defined"), ("L", "Low"), ("M", "Moderate"), ("H", "High")),
            ["U"] = Metric("supplemental", "Provider Urgency", ("X", "Not Defined"), ("Clear", "Clear"), ("Green", "Green"), ("Amber", "Amber"), ("Red", "Red")),
        };
    }

    private static CvssMetricDefinition Base(string name, params (string Key, string Name)[] values) => Metric("base", name, values);

    private static CvssMetricDefinition Modified(string name, (string Key, string Name)[] values) =>
        new("environmental", name, new Dictionary<string, string>(NotDefined.Concat(values.Select(v => KeyValuePair.Create(v.Key, v.Name))), StringComparer.Ordinal));

    private static CvssMetricDefinition Metric(string group, string name, params (string Key, string Name)[] values) =>
        new(group, name, values.ToDictionary(v => v.Key, v => v.Name, StringComparer.Ordinal));
}
