namespace MedPatch.Core.Standards.Cvss;

/// <summary>CVSS v3.0 and v3.1 (FIRST specification documents, section 7: equations and metric values).</summary>
public static class Cvss3
{
    // Section 6 (Vector String), Table 15: metrics and values. X = Not Defined.
    private static readonly CvssMetric[] Metrics =
    [
        CvssMetric.Required("AV", "N", "A", "L", "P"),
        CvssMetric.Required("AC", "L", "H"),
        CvssMetric.Required("PR", "N", "L", "H"),
        CvssMetric.Required("UI", "N", "R"),
        CvssMetric.Required("S", "U", "C"),
        CvssMetric.Required("C", "H", "L", "N"),
        CvssMetric.Required("I", "H", "L", "N"),
        CvssMetric.Required("A", "H", "L", "N"),
        CvssMetric.Optional("E", "X", "H", "F", "P", "U"),
        CvssMetric.Optional("RL", "X", "U", "W", "T", "O"),
        CvssMetric.Optional("RC", "X", "C", "R", "U"),
        CvssMetric.Optional("CR", "X", "H", "M", "L"),
        CvssMetric.Optional("IR", "X", "H", "M", "L"),
        CvssMetric.Optional("AR", "X", "H", "M", "L"),
        CvssMetric.Optional("MAV", "X", "N", "A", "L", "P"),
        CvssMetric.Optional("MAC", "X", "L", "H"),
        CvssMetric.Optional("MPR", "X", "N", "L", "H"),
        CvssMetric.Optional("MUI", "X", "N", "R"),
        CvssMetric.Optional("MS", "X", "U", "C"),
        CvssMetric.Optional("MC", "X", "H", "L", "N"),
        CvssMetric.Optional("MI", "X", "H", "L", "N"),
        CvssMetric.Optional("MA", "X", "H", "L", "N"),
    ];

    /// <summary>Scores "CVSS:3.0/…" or "CVSS:3.1/…".</summary>
    public static CvssResult Calculate(string vector)
    {
        var v31 = vector.StartsWith("CVSS:3.1/", StringComparison.Ordinal);
        if (!v31 && !vector.StartsWith("CVSS:3.0/", StringComparison.Ordinal))
        {
            throw new CvssFormatException("a v3 vector must start with CVSS:3.0/ or CVSS:3.1/");
        }

        // Section 6: metrics may appear in any order; each at most once; base metrics mandatory.
        var m = CvssVectorReader.Read(vector["CVSS:3.x/".Length..], Metrics, ordered: false);

        // Section 7.1: base metric equations.
        var scopeChanged = m["S"] == "C";
        var iss = 1 - ((1 - Cia(m["C"])) * (1 - Cia(m["I"])) * (1 - Cia(m["A"])));
        var impact = scopeChanged ? (7.52m * (iss - 0.029m)) - (3.25m * Pow(iss - 0.02m, 15)) : 6.42m * iss;
        var exploitability = 8.22m * AttackVector(m["AV"]) * AttackComplexity(m["AC"]) * Privileges(m["PR"], scopeChanged) * UserInteraction(m["UI"]);
        var baseScore = impact <= 0 ? 0m
            : Roundup(Math.Min((scopeChanged ? 1.08m : 1m) * (impact + exploitability), 10m), v31);

        // Section 7.2: temporal metric equations.
        var temporalFactor = ExploitMaturity(Get(m, "E")) * RemediationLevel(Get(m, "RL")) * ReportConfidence(Get(m, "RC"));
        var temporal = Roundup(baseScore * temporalFactor, v31);

        // Section 7.3: environmental metric equations; a modified metric that is X takes the base value.
        var modifiedScopeChanged = Modified(m, "S") == "C";
        var miss = Math.Min(
            1 - ((1 - (Requirement(Get(m, "CR")) * Cia(Modified(m, "C"))))
                * (1 - (Requirement(Get(m, "IR")) * Cia(Modified(m, "I"))))
                * (1 - (Requirement(Get(m, "AR")) * Cia(Modified(m, "A"))))),
            0.915m);
        var modifiedImpact = !modifiedScopeChanged ? 6.42m * miss
            : v31 ? (7.52m * (miss - 0.029m)) - (3.25m * Pow((miss * 0.9731m) - 0.02m, 13))
            : (7.52m * (miss - 0.029m)) - (3.25m * Pow(miss - 0.02m, 15));
        var modifiedExploitability = 8.22m * AttackVector(Modified(m, "AV")) * AttackComplexity(Modified(m, "AC"))
            * Privileges(Modified(m, "PR"), modifiedScopeChanged) * UserInteraction(Modified(m, "UI"));
        var environmental = modifiedImpact <= 0 ? 0m
            : Roundup(Roundup(Math.Min((modifiedScopeChanged ? 1.08m : 1m) * (modifiedImpact + modifiedExploitability), 10m), v31) * temporalFactor, v31);

        return new CvssResult(vector, v31 ? "3.1" : "3.0", baseScore, temporal, environmental, CvssSeverity.Rate(baseScore));
    }

    /// <summary>
    /// v3.1 Appendix A Roundup: the smallest one-decimal number equal to or higher than its input, computed on
    /// integers to avoid floating-point artefacts. v3.0 section 7.4: round up to one decimal. With decimal
    /// arithmetic both give the same result.
    /// </summary>
    public static decimal Roundup(decimal value, bool v31)
    {
        if (!v31)
        {
            return Math.Ceiling(value * 10) / 10;
        }

        var intInput = Math.Round(value * 100000m, MidpointRounding.AwayFromZero);
        return intInput % 10000 == 0 ? intInput / 100000m : (Math.Floor(intInput / 10000) + 1) / 10m;
    }

    private static decimal Pow(decimal value, int exponent)
    {
        var result = 1m;
        for (var k = 0; k < exponent; k++)
        {
            result *= value;
        }

        return result;
    }

    private static string Get(Dictionary<string, string> m, string key) => m.GetValueOrDefault(key, "X");

    private static string Modified(Dictionary<string, string> m, string key)
    {
        var modified = Get(m, "M" + key);
        return modified == "X" ? m[key] : modified;
    }

    // Section 7.4: metric values.
    private static decimal AttackVector(string v) => v switch { "N" => 0.85m, "A" => 0.62m, "L" => 0.55m, _ => 0.2m };

    private static decimal AttackComplexity(string v) => v == "L" ? 0.77m : 0.44m;

    private static decimal Privileges(string v, bool scopeChanged) => v switch
    {
        "N" => 0.85m,
        "L" => scopeChanged ? 0.68m : 0.62m,
        _ => scopeChanged ? 0.5m : 0.27m,
    };

    private static decimal UserInteraction(string v) => v == "N" ? 0.85m : 0.62m;

    private static decimal Cia(string v) => v switch { "H" => 0.56m, "L" => 0.22m, _ => 0m };

    private static decimal ExploitMaturity(string v) => v switch { "F" => 0.97m, "P" => 0.94m, "U" => 0.91m, _ => 1m };

    private static decimal RemediationLevel(string v) => v switch { "W" => 0.97m, "T" => 0.96m, "O" => 0.95m, _ => 1m };

    private static decimal ReportConfidence(string v) => v switch { "R" => 0.96m, "U" => 0.92m, _ => 1m };

    private static decimal Requirement(string v) => v switch { "H" => 1.5m, "L" => 0.5m, _ => 1m };
}
