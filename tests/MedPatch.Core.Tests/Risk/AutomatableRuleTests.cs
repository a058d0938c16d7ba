using MedPatch.Core.Risk;
using MedPatch.Core.Standards.Cve;

namespace MedPatch.Core.Tests.Risk;

public sealed class AutomatableRuleTests
{
    private static readonly RiskSettings Settings = RiskSettings.Default;

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", Automatable.Yes, RiskReason.CvssAutomatable)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", Automatable.Yes, RiskReason.CvssAutomatable)]
    [InlineData("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H", Automatable.No, RiskReason.CvssNotNetwork)]
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H", Automatable.No, RiskReason.CvssComplex)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:N/I:H/A:N", Automatable.No, RiskReason.CvssPrivilegesRequired)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", Automatable.No, RiskReason.CvssUserInteraction)]
    [InlineData("CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", Automatable.No, RiskReason.CvssNotNetwork)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:N/SC:N/SI:N/SA:N", Automatable.Yes, RiskReason.CvssAutomatable)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", Automatable.No, RiskReason.CvssAttackRequirements)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:L/SC:H/SI:H/SA:L", Automatable.No, RiskReason.CvssUserInteraction)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N", Automatable.No, RiskReason.CvssNotNetwork)]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P", Automatable.Yes, RiskReason.CvssAutomatable)]
    [InlineData("(AV:N/AC:L/Au:N/C:C/I:C/A:C)", Automatable.Yes, RiskReason.CvssAutomatable)]
    [InlineData("AV:N/AC:M/Au:N/C:P/I:P/A:P", Automatable.No, RiskReason.CvssComplex)]
    [InlineData("AV:N/AC:L/Au:S/C:P/I:P/A:P", Automatable.No, RiskReason.CvssPrivilegesRequired)]
    public void Reads_the_base_metrics(string vector, Automatable expected, RiskReason rule)
    {
        var derived = AutomatableRule.Derive(null, vector, Settings);
        Assert.Equal(expected, derived.Value);
        Assert.Equal(rule, derived.Rule);
        Assert.Contains(vector, derived.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Environmental_modified_metrics_do_not_stand_in_for_base_metrics()
    {
        // MAV:N must not be read as AV:N: SSVC Automatable is about the vulnerability, not one deployment.
        var derived = AutomatableRule.Derive(null, "CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:N/MAC:L/MPR:N/MUI:N", Settings);
        Assert.Equal(Automatable.No, derived.Value);
        Assert.Equal(RiskReason.CvssNotNetwork, derived.Rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N")]
    [InlineData("CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    [InlineData("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    [InlineData("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P")]
    [InlineData("not a vector")]
    [InlineData("CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")]
    public void An_unreadable_or_missing_vector_counts_as_the_setting(string? vector)
    {
        var conservative = AutomatableRule.Derive(null, vector, Settings);
        Assert.Equal(Automatable.Yes, conservative.Value);
        Assert.Equal(RiskReason.CvssUnusable, conservative.Rule);
        Assert.Contains("counted as yes", conservative.Reason, StringComparison.Ordinal);

        var lenient = AutomatableRule.Derive(null, vector, Settings with { UnknownAutomatableCountsAs = Automatable.No });
        Assert.Equal(Automatable.No, lenient.Value);
    }

    [Fact]
    public void Cisa_adp_automatable_wins_over_the_vector()
    {
        var derived = AutomatableRule.Derive(Automatable.No, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", Settings);
        Assert.Equal(Automatable.No, derived.Value);
        Assert.Equal("CISA ADP SSVC Automatable is no", derived.Reason);
    }

    /// <summary>
    /// Every vector in the public CVSS test files is valid, so each must give a definite yes or no, and the same
    /// answer as reading its metrics with a plain split.
    /// </summary>
    [Fact]
    public void Every_public_test_vector_gives_a_definite_answer_that_matches_its_metrics()
    {
        var files = SharedData.FilesOrEmpty("cvss", "vectors_*");
        Assert.NotEmpty(files);
        var count = 0;
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                var vector = line[..line.LastIndexOf(" - ", StringComparison.Ordinal)].Trim();
                var derived = AutomatableRule.Derive(null, vector, Settings);
                Assert.True(derived.Rule != RiskReason.CvssUnusable, "unreadable: " + vector);
                Assert.True(Expected(vector) == derived.Value, $"{vector}: got {derived.Value} ({derived.Reason})");
                count++;
            }
        }

        Assert.True(count > 1000, "only " + count + " vectors read");
    }

    /// <summary>
    /// On the real CVE records, CISA's Automatable always wins; and where a record has both, the CVSS rule should
    /// mostly agree with CISA's own judgement (it need not always: CISA also weighs things no vector states).
    /// </summary>
    [Fact]
    public void Real_cve_records_cisa_wins_and_the_vector_rule_mostly_agrees()
    {
        var files = SharedData.FilesOrEmpty("cve", "CVE-*.json");
        Assert.NotEmpty(files);
        var both = 0;
        var disagreements = new List<string>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var record = CveRecordReader.Read(stream);
            var vector = Newest(record);
            if (record.CisaAdp?.Ssvc?.Automatable is not { } adpText || !SsvcNames.TryParse(adpText, out Automatable adp))
            {
                continue;
            }

            var derived = AutomatableRule.Derive(adp, vector, Settings);
            Assert.Equal(adp, derived.Value);
            Assert.Equal(RiskReason.AdpAutomatable, derived.Rule);

            if (vector is not null)
            {
                both++;
                var fromVector = AutomatableRule.Derive(null, vector, Settings);
                if (fromVector.Value != adp)
                {
                    disagreements.Add($"{record.CveId}: CISA {adpText}, {fromVector.Reason}");
                }
            }
        }

        Assert.True(both >= 5, "too few records with both a vector and CISA's Automatable: " + both);
        Assert.True(disagreements.Count * 4 <= both, $"{disagreements.Count} of {both} disagree:\n" + string.Join('\n', disagreements));
    }

    private static string? Newest(CveRecord record)
    {
        var metrics = (record.Cna?.CvssMetrics ?? []).Concat(record.Adp.SelectMany(a => a.CvssMetrics)).ToList();
        return (metrics.FirstOrDefault(m => m.Version == "4.0")
            ?? metrics.FirstOrDefault(m => m.Version.StartsWith('3'))
            ?? metrics.FirstOrDefault(m => m.Version.StartsWith('2')))?.VectorString;
    }

    private static Automatable Expected(string vector)
    {
        var metrics = vector.Split('/').Where(p => p.Contains(':', StringComparison.Ordinal) && !p.StartsWith("CVSS:", StringComparison.Ordinal))
            .Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var network = metrics["AV"] == "N" && metrics["AC"] == "L";
        return vector.StartsWith("CVSS:", StringComparison.Ordinal)
            ? network && metrics["PR"] == "N" && metrics["UI"] == "N" && metrics.GetValueOrDefault("AT", "N") == "N" ? Automatable.Yes : Automatable.No
            : network && metrics["Au"] == "N" ? Automatable.Yes : Automatable.No;
    }
}
