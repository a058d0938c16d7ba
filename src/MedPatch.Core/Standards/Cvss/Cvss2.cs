namespace MedPatch.Core.Standards.Cvss;

/// <summary>CVSS v2.0 (FIRST "A Complete Guide to the Common Vulnerability Scoring System Version 2.0").</summary>
public static class Cvss2
{
    // Guide section 2.4: base, temporal and environmental metrics with their values; ND = Not Defined.
    private static readonly CvssMetric[] Metrics =
    [
        CvssMetric.Required("AV", "L", "A", "N"),
        CvssMetric.Required("AC", "H", "M", "L"),
        CvssMetric.Required("Au", "M", "S", "N"),
        CvssMetric.Required("C", "N", "P", "C"),
        CvssMetric.Required("I", "N", "P", "C"),
        CvssMetric.Required("A", "N", "P", "C"),
        CvssMetric.Optional("E", "U", "POC", "F", "H", "ND"),
        CvssMetric.Optional("RL", "OF", "TF", "W", "U", "ND"),
        CvssMetric.Optional("RC", "UC", "UR", "C", "ND"),
        CvssMetric.Optional("CDP", "N", "L", "LM", "MH", "H", "ND"),
        CvssMetric.Optional("TD", "N", "L", "M", "H", "ND"),
        CvssMetric.Optional("CR", "L", "M", "H", "ND"),
        CvssMetric.Optional("IR", "L", "M", "H", "ND"),
        CvssMetric.Optional("AR", "L", "M", "H", "ND"),
    ];

    private static readonly string[] TemporalKeys = ["E", "RL", "RC"];
    private static readonly string[] EnvironmentalKeys = ["CDP", "TD", "CR", "IR", "AR"];

    /// <summary>Scores a v2 vector ("AV:N/AC:L/Au:N/C:P/I:P/A:P", no prefix). Guide section 3.2.</summary>
    public static CvssResult Calculate(string vector)
    {
        // The guide (section 2.4) gives no rule on order; metrics are accepted in any order.
        var m = CvssVectorReader.Read(vector, Metrics, ordered: false);
        var c = Cia(m["C"]);
        var i = Cia(m["I"]);
        var a = Cia(m["A"]);
        var exploitability = 20m * AccessVector(m["AV"]) * AccessComplexity(m["AC"]) * Authentication(m["Au"]);

        // Section 3.2.1: base equation.
        var impact = 10.41m * (1 - ((1 - c) * (1 - i) * (1 - a)));
        var baseScore = Base(impact, exploitability);

        // Section 3.2.2: temporal equation.
        var temporalFactor = Exploitability(Get(m, "E")) * RemediationLevel(Get(m, "RL")) * ReportConfidence(Get(m, "RC"));
        decimal? temporal = TemporalKeys.Any(m.ContainsKey) ? Round1(baseScore * temporalFactor) : null;

        // Section 3.2.3: environmental equation.
        decimal? environmental = null;
        if (EnvironmentalKeys.Any(m.ContainsKey))
        {
            var adjustedImpact = Math.Min(10m, 10.41m * (1 - ((1 - (c * Requirement(Get(m, "CR")))) * (1 - (i * Requirement(Get(m, "IR")))) * (1 - (a * Requirement(Get(m, "AR")))))));
            var adjustedTemporal = Round1(Base(adjustedImpact, exploitability) * temporalFactor);
            environmental = Round1((adjustedTemporal + ((10 - adjustedTemporal) * CollateralDamage(Get(m, "CDP")))) * TargetDistribution(Get(m, "TD")));
        }

        return new CvssResult(vector, "2.0", baseScore, temporal, environmental, CvssSeverity.RateV2(baseScore));
    }

    private static decimal Base(decimal impact, decimal exploitability)
    {
        var f = impact == 0 ? 0m : 1.176m;
        return Round1(((0.6m * impact) + (0.4m * exploitability) - 1.5m) * f);
    }

    /// <summary>round_to_1_decimal of the guide: half away from zero.</summary>
    private static decimal Round1(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static string Get(Dictionary<string, string> m, string key) => m.GetValueOrDefault(key, "ND");

    // Section 3.2.1–3.2.3: the numeric value of each metric value.
    private static decimal AccessVector(string v) => v switch { "L" => 0.395m, "A" => 0.646m, _ => 1.0m };

    private static decimal AccessComplexity(string v) => v switch { "H" => 0.35m, "M" => 0.61m, _ => 0.71m };

    private static decimal Authentication(string v) => v switch { "M" => 0.45m, "S" => 0.56m, _ => 0.704m };

    private static decimal Cia(string v) => v switch { "N" => 0m, "P" => 0.275m, _ => 0.660m };

    private static decimal Exploitability(string v) => v switch { "U" => 0.85m, "POC" => 0.9m, "F" => 0.95m, _ => 1.0m };

    private static decimal RemediationLevel(string v) => v switch { "OF" => 0.87m, "TF" => 0.90m, "W" => 0.95m, _ => 1.0m };

    private static decimal ReportConfidence(string v) => v switch { "UC" => 0.90m, "UR" => 0.95m, _ => 1.0m };

    private static decimal CollateralDamage(string v) => v switch { "L" => 0.1m, "LM" => 0.3m, "MH" => 0.4m, "H" => 0.5m, _ => 0m };

    private static decimal TargetDistribution(string v) => v switch { "N" => 0m, "L" => 0.25m, "M" => 0.75m, _ => 1.0m };

    private static decimal Requirement(string v) => v switch { "L" => 0.5m, "H" => 1.51m, _ => 1.0m };
}
