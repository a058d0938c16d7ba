namespace MedPatch.Core.Standards.Cvss;

/// <summary>CVSS v4.0 (FIRST specification document): vector validation and MacroVector scoring (section 8).</summary>
public static class Cvss4
{
    // Section 7 (Vector String), Table 23: every metric in the required order. X = Not Defined.
    private static readonly CvssMetric[] Metrics =
    [
        CvssMetric.Required("AV", "N", "A", "L", "P"),
        CvssMetric.Required("AC", "L", "H"),
        CvssMetric.Required("AT", "N", "P"),
        CvssMetric.Required("PR", "N", "L", "H"),
        CvssMetric.Required("UI", "N", "P", "A"),
        CvssMetric.Required("VC", "H", "L", "N"),
        CvssMetric.Required("VI", "H", "L", "N"),
        CvssMetric.Required("VA", "H", "L", "N"),
        CvssMetric.Required("SC", "H", "L", "N"),
        CvssMetric.Required("SI", "H", "L", "N"),
        CvssMetric.Required("SA", "H", "L", "N"),
        CvssMetric.Optional("E", "X", "A", "P", "U"),
        CvssMetric.Optional("CR", "X", "H", "M", "L"),
        CvssMetric.Optional("IR", "X", "H", "M", "L"),
        CvssMetric.Optional("AR", "X", "H", "M", "L"),
        CvssMetric.Optional("MAV", "X", "N", "A", "L", "P"),
        CvssMetric.Optional("MAC", "X", "L", "H"),
        CvssMetric.Optional("MAT", "X", "N", "P"),
        CvssMetric.Optional("MPR", "X", "N", "L", "H"),
        CvssMetric.Optional("MUI", "X", "N", "P", "A"),
        CvssMetric.Optional("MVC", "X", "H", "L", "N"),
        CvssMetric.Optional("MVI", "X", "H", "L", "N"),
        CvssMetric.Optional("MVA", "X", "H", "L", "N"),
        CvssMetric.Optional("MSC", "X", "H", "L", "N"),
        CvssMetric.Optional("MSI", "X", "S", "H", "L", "N"),
        CvssMetric.Optional("MSA", "X", "S", "H", "L", "N"),
        CvssMetric.Optional("S", "X", "N", "P"),
        CvssMetric.Optional("AU", "X", "N", "Y"),
        CvssMetric.Optional("R", "X", "A", "U", "I"),
        CvssMetric.Optional("V", "X", "D", "C"),
        CvssMetric.Optional("RE", "X", "L", "M", "H"),
        CvssMetric.Optional("U", "X", "Clear", "Green", "Amber", "Red"),
    ];

    private static readonly string[] ImpactMetrics = ["VC", "VI", "VA", "SC", "SI", "SA"];

    private static readonly string[] DistanceMetrics = ["AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR"];

    /// <summary>Scores "CVSS:4.0/…": one score of all metrics present (CVSS-B, -BT, -BE or -BTE).</summary>
    public static CvssResult Calculate(string vector)
    {
        if (!vector.StartsWith("CVSS:4.0/", StringComparison.Ordinal))
        {
            throw new CvssFormatException("a v4.0 vector must start with CVSS:4.0/");
        }

        var m = CvssVectorReader.Read(vector["CVSS:4.0/".Length..], Metrics, ordered: true);
        var score = Score(m);
        return new CvssResult(vector, "4.0", score, null, null, CvssSeverity.Rate(score));
    }

    /// <summary>
    /// The effective value of a metric (section 8.1): a modified environmental metric overrides its base metric;
    /// E:X counts as E:A and CR/IR/AR:X as H, the worst case.
    /// </summary>
    private static string Effective(Dictionary<string, string> m, string metric)
    {
        var selected = m.GetValueOrDefault(metric, "X");
        switch (metric)
        {
            case "E" when selected == "X":
                return "A";
            case "CR" or "IR" or "AR" when selected == "X":
                return "H";
        }

        var modified = m.GetValueOrDefault("M" + metric, "X");
        return modified != "X" ? modified : selected;
    }

    private static decimal Score(Dictionary<string, string> m)
    {
        string E(string metric) => Effective(m, metric);

        // No impact on either system: the score is 0 whatever else the vector says.
        if (ImpactMetrics.All(metric => E(metric) == "N"))
        {
            return 0m;
        }

        var macro = Cvss4MacroVector.Of(E);
        var scores = Cvss4Tables.MacroVectorScores;
        var value = scores[macro.Key];

        // Section 8.2 step 1a: the score of the next lower MacroVector of each EQ (missing ones are ignored).
        decimal? Lower(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) =>
            scores.TryGetValue(Cvss4MacroVector.KeyOf(eq1, eq2, eq3, eq4, eq5, eq6), out var s) ? s : null;
        var (q1, q2, q3, q4, q5, q6) = (macro.Eq1, macro.Eq2, macro.Eq3, macro.Eq4, macro.Eq5, macro.Eq6);
        var lowerEq1 = Lower(q1 + 1, q2, q3, q4, q5, q6);
        var lowerEq2 = Lower(q1, q2 + 1, q3, q4, q5, q6);
        var lowerEq3Eq6 = (q3, q6) switch
        {
            (0, 0) => Max(Lower(q1, q2, q3, q4, q5, q6 + 1), Lower(q1, q2, q3 + 1, q4, q5, q6)),
            (1, 0) => Lower(q1, q2, q3, q4, q5, q6 + 1),
            (0, 1) or (1, 1) => Lower(q1, q2, q3 + 1, q4, q5, q6),
            _ => Lower(q1, q2, q3 + 1, q4, q5, q6 + 1),
        };
        var lowerEq4 = Lower(q1, q2, q3, q4 + 1, q5, q6);
        var lowerEq5 = Lower(q1, q2, q3, q4, q5 + 1, q6);

        // Step 1b: severity distance from the first highest-severity vector of the MacroVector that is at least
        // as severe as this one in every metric.
        var distances = SeverityDistances(E, macro);
        var (d1, d2, d36, d4) = (
            distances["AV"] + distances["PR"] + distances["UI"],
            distances["AC"] + distances["AT"],
            distances["VC"] + distances["VI"] + distances["VA"] + distances["CR"] + distances["IR"] + distances["AR"],
            distances["SC"] + distances["SI"] + distances["SA"]);

        // Steps 1c–1d: proportion of the distance within the MacroVector's depth times the available score range.
        var existing = 0;
        var total = 0m;
        void Add(decimal? lower, int distance, int depth)
        {
            if (lower is { } lowerScore)
            {
                existing++;
                total += (value - lowerScore) * distance / depth;
            }
        }

        Add(lowerEq1, d1, Cvss4Tables.Eq1Depth[q1]);
        Add(lowerEq2, d2, Cvss4Tables.Eq2Depth[q2]);
        Add(lowerEq3Eq6, d36, Cvss4Tables.Eq3Eq6Depth[(q3 * 10) + q6]);
        Add(lowerEq4, d4, Cvss4Tables.Eq4Depth[q4]);
        Add(lowerEq5, 0, 1); // EQ5 has no intra-MacroVector distance.

        // Steps 2–3: subtract the mean proportional distance, clamp to 0–10, round to one decimal.
        var result = value - (existing == 0 ? 0m : total / existing);
        result = Math.Clamp(result, 0m, 10m);
        return Math.Round(result, 1, MidpointRounding.AwayFromZero);
    }

    private static decimal? Max(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static Dictionary<string, int> SeverityDistances(Func<string, string> effective, Cvss4MacroVector macro)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var max in macro.HighestSeverityVectors())
        {
            distances.Clear();
            var anyNegative = false;
            foreach (var metric in DistanceMetrics)
            {
                var distance = Cvss4Tables.Level(metric, effective(metric)) - Cvss4Tables.Level(metric, max[metric]);
                distances[metric] = distance;
                anyNegative |= distance < 0;
            }

            if (!anyNegative)
            {
                break;
            }
        }

        return distances;
    }
}
