using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedPatch.Core.Standards.Cvss;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>
/// CSAF 2.0 tests 6.1.8 (the cvss_v2/cvss_v3 object is valid against the FIRST CVSS JSON schema), 6.1.9 (the scores
/// and severities are computed correctly from the vector) and 6.1.10 (the spelled-out metrics agree with the vector).
/// </summary>
internal static partial class CvssTests
{
    private static readonly string[] V2OptionalMetrics = ["E", "RL", "RC", "CDP", "TD", "CR", "IR", "AR"];

    public static void Run(JsonElement document, List<CsafValidationError> errors)
    {
        foreach (var (vulnerability, path) in CsafJson.Vulnerabilities(document))
        {
            foreach (var (score, scorePath) in CsafJson.Items(vulnerability, "scores", path))
            {
                if (CsafJson.Member(score, "cvss_v2") is { } v2)
                {
                    Check(v2, scorePath + ".cvss_v2", v2: true, errors);
                }

                if (CsafJson.Member(score, "cvss_v3") is { } v3)
                {
                    Check(v3, scorePath + ".cvss_v3", v2: false, errors);
                }
            }
        }
    }

    private static void Check(JsonElement cvss, string path, bool v2, List<CsafValidationError> errors)
    {
        if (cvss.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("6.1.8", path, "The CVSS object is not a JSON object."));
            return;
        }

        var before = errors.Count;
        var vector = SchemaConformance(cvss, path, v2, errors);
        if (vector is null)
        {
            return;
        }

        CvssResult result;
        try
        {
            result = CvssCalculator.Calculate(vector);
        }
        catch (CvssFormatException e)
        {
            errors.Add(new("6.1.8", path + ".vectorString", $"'{vector}' is not a valid CVSS vector: {e.Message}"));
            return;
        }

        var schemaValid = errors.Count == before;
        Computation(cvss, path, v2, vector, result, errors);
        if (schemaValid)
        {
            Consistency(cvss, path, v2, vector, errors);
        }
    }

    /// <returns>The vector string when it is present and matches the schema's pattern.</returns>
    private static string? SchemaConformance(JsonElement cvss, string path, bool v2, List<CsafValidationError> errors)
    {
        var version = CsafJson.Member(cvss, "version");
        var versionText = version is { ValueKind: JsonValueKind.String } ? version.Value.GetString() : null;
        if (version is null)
        {
            errors.Add(new("6.1.8", path, "The required property 'version' is missing."));
        }
        else if (v2 ? versionText != "2.0" : versionText is not ("3.0" or "3.1"))
        {
            errors.Add(new("6.1.8", path + ".version", $"The CVSS version must be {(v2 ? "\"2.0\"" : "\"3.0\" or \"3.1\"")}."));
            versionText = null;
        }

        foreach (var required in v2 ? ["baseScore"] : new[] { "baseScore", "baseSeverity" })
        {
            if (!CsafJson.Has(cvss, required))
            {
                errors.Add(new("6.1.8", path, $"The required property '{required}' is missing."));
            }
        }

        foreach (var name in v2 ? CvssJsonProperties.V2Scores : CvssJsonProperties.V3Scores)
        {
            if (CsafJson.Member(cvss, name) is { } score && !(score.ValueKind == JsonValueKind.Number && score.TryGetDecimal(out var value) && value is >= 0 and <= 10))
            {
                errors.Add(new("6.1.8", path + "." + name, $"'{name}' must be a number from 0 to 10."));
            }
        }

        if (!v2)
        {
            foreach (var name in CvssJsonProperties.V3Severities)
            {
                if (CsafJson.Member(cvss, name) is { } severity
                    && !(severity.ValueKind == JsonValueKind.String && CvssJsonProperties.SeverityValues.Contains(severity.GetString()!)))
                {
                    errors.Add(new("6.1.8", path + "." + name, $"'{name}' must be one of NONE, LOW, MEDIUM, HIGH, CRITICAL."));
                }
            }
        }

        foreach (var property in v2 ? CvssJsonProperties.V2 : CvssJsonProperties.V3)
        {
            if (CsafJson.Member(cvss, property.Name) is { } value
                && !(value.ValueKind == JsonValueKind.String && property.Values.Values.Contains(value.GetString(), StringComparer.Ordinal)))
            {
                errors.Add(new("6.1.8", path + "." + property.Name, $"'{property.Name}' must be one of {string.Join(", ", property.Values.Values)}."));
            }
        }

        var vector = CsafJson.Member(cvss, "vectorString");
        if (vector is null)
        {
            errors.Add(new("6.1.8", path, "The required property 'vectorString' is missing."));
            return null;
        }

        var text = vector.Value.ValueKind == JsonValueKind.String ? vector.Value.GetString()! : null;
        var matches = text is not null && (v2
            ? V2Vector().IsMatch(text)
            : versionText switch
            {
                "3.0" => V30Vector().IsMatch(text),
                "3.1" => V31Vector().IsMatch(text),
                _ => V30Vector().IsMatch(text) || V31Vector().IsMatch(text),
            });
        if (!matches)
        {
            errors.Add(new("6.1.8", path + ".vectorString", text is null
                ? "'vectorString' must be a string."
                : $"'{text}' does not match the vector pattern of the CVSS {(v2 ? "2.0" : versionText ?? "3.x")} schema."));
            return null;
        }

        return text;
    }

    private static void Computation(JsonElement cvss, string path, bool v2, string vector, CvssResult result, List<CsafValidationError> errors)
    {
        var temporal = result.TemporalScore;
        var environmental = result.EnvironmentalScore;
        if (v2 && (temporal is null || environmental is null))
        {
            // A v2 metric left out is Not Defined; scoring the vector with all of them spelled out gives both scores.
            var metrics = vector.Split('/').Select(p => p.Split(':')[0]).ToHashSet(StringComparer.Ordinal);
            var full = vector + string.Concat(V2OptionalMetrics.Where(m => !metrics.Contains(m)).Select(m => "/" + m + ":ND"));
            var fullResult = CvssCalculator.Calculate(full);
            temporal ??= fullResult.TemporalScore;
            environmental ??= fullResult.EnvironmentalScore;
        }

        CompareScore(cvss, path, "baseScore", result.BaseScore, errors);
        CompareScore(cvss, path, "temporalScore", temporal, errors);
        CompareScore(cvss, path, "environmentalScore", environmental, errors);
        if (!v2)
        {
            CompareSeverity(cvss, path, "baseSeverity", result.BaseScore, errors);
            CompareSeverity(cvss, path, "temporalSeverity", temporal, errors);
            CompareSeverity(cvss, path, "environmentalSeverity", environmental, errors);
        }
    }

    private static void CompareScore(JsonElement cvss, string path, string name, decimal? expected, List<CsafValidationError> errors)
    {
        if (expected is null || CsafJson.Member(cvss, name) is not { ValueKind: JsonValueKind.Number } given || !given.TryGetDecimal(out var value))
        {
            return;
        }

        if (value != expected.Value)
        {
            errors.Add(new("6.1.9", path + "." + name, string.Create(CultureInfo.InvariantCulture, $"'{name}' is {value} but the vector computes to {expected.Value}.")));
        }
    }

    private static void CompareSeverity(JsonElement cvss, string path, string name, decimal? score, List<CsafValidationError> errors)
    {
        if (score is null || CsafJson.String(cvss, name) is not { } given)
        {
            return;
        }

        var expected = CvssSeverity.Rate(score.Value).ToUpperInvariant();
        if (!string.Equals(given, expected, StringComparison.Ordinal))
        {
            errors.Add(new("6.1.9", path + "." + name, string.Create(CultureInfo.InvariantCulture, $"'{name}' is {given} but the computed score {score.Value} rates {expected}.")));
        }
    }

    private static void Consistency(JsonElement cvss, string path, bool v2, string vector, List<CsafValidationError> errors)
    {
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in vector.Split('/'))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !part.StartsWith("CVSS:", StringComparison.Ordinal))
            {
                metrics[part[..colon]] = part[(colon + 1)..];
            }
        }

        foreach (var property in v2 ? CvssJsonProperties.V2 : CvssJsonProperties.V3)
        {
            if (CsafJson.String(cvss, property.Name) is not { } given)
            {
                continue;
            }

            // A metric the vector leaves out gives the property nothing to contradict.
            if (!metrics.TryGetValue(property.Metric, out var abbreviation))
            {
                continue;
            }

            if (property.Values.TryGetValue(abbreviation, out var expected) && !string.Equals(given, expected, StringComparison.Ordinal))
            {
                errors.Add(new("6.1.10", path + "." + property.Name, $"'{property.Name}' is {given} but the vector gives {property.Metric}:{abbreviation} ({expected})."));
            }
        }
    }

    // The vectorString patterns of the FIRST CVSS JSON schemas v2.0, v3.0 and v3.1.
    [GeneratedRegex(@"^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))\z", RegexOptions.CultureInvariant)]
    private static partial Regex V2Vector();

    [GeneratedRegex(@"^CVSS:3[.]0/((AV:[NALP]|AC:[LH]|PR:[UNLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XUNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[UNLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XUNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])\z", RegexOptions.CultureInvariant)]
    private static partial Regex V30Vector();

    [GeneratedRegex(@"^CVSS:3[.]1/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])\z", RegexOptions.CultureInvariant)]
    private static partial Regex V31Vector();
}
