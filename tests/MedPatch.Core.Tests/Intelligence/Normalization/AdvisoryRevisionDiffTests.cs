using System.Text.Json.Nodes;
using MedPatch.Core.Intelligence.Normalization;

namespace MedPatch.Core.Tests.Intelligence.Normalization;

/// <summary>
/// The shared data holds one revision per advisory, so each test builds the older revision by editing the real
/// JSON the way an earlier revision would have read, and checks the diff names exactly those edits.
/// </summary>
public sealed class AdvisoryRevisionDiffTests
{
    private const string Icsma = "csaf/cisa-icsma";
    private const string Vex = "csaf/oasis-tests/examples/csaf/csaf_vex";

    [Fact]
    public void Same_revision_has_no_changes()
    {
        var advisory = NormalizationData.Csaf(Icsma, "icsma-21-187-01.json");

        Assert.True(AdvisoryRevisionDiff.Compare(advisory, advisory).IsEmpty);
    }

    [Fact]
    public void Merlin_update_a_reports_exactly_the_edited_facts()
    {
        var older = NormalizationData.Json(Icsma, "icsma-17-009-01a.json");
        var tracking = older["document"]!["tracking"]!;
        tracking["version"] = "1";
        var history = tracking["revision_history"]!.AsArray();
        history.RemoveAt(history.Count - 1);
        tracking["current_release_date"] = history[^1]!["date"]!.DeepClone();

        // Before the update: CSAFPID-0001 named a lower version, CSAFPID-0003 was still under investigation,
        // and the mitigation (the new transmitter software) was not yet published.
        var product = older["product_tree"]!["branches"]![0]!["branches"]![0]!["branches"]![0]!;
        Assert.Equal("CSAFPID-0001", (string?)product["product"]!["product_id"]);
        product["name"] = "< 8.2.1";
        var vulnerability = older["vulnerabilities"]![0]!;
        vulnerability["product_status"] = new JsonObject
        {
            ["known_affected"] = new JsonArray("CSAFPID-0001", "CSAFPID-0002"),
            ["under_investigation"] = new JsonArray("CSAFPID-0003"),
        };
        vulnerability.AsObject().Remove("remediations");

        var diff = AdvisoryRevisionDiff.Compare(NormalizationData.Csaf(older), NormalizationData.Csaf(Icsma, "icsma-17-009-01a.json"));

        Assert.Equal(("1", "2"), (diff.OlderVersion, diff.NewerVersion));
        Assert.Equal(
            [
                (AdvisoryRevisionChangeKind.VersionChanged, "CSAFPID-0001", "vers:device/<8.2.1", "vers:device/<8.2.2"),
                (AdvisoryRevisionChangeKind.RemediationAdded, "CSAFPID-0001", null, null),
                (AdvisoryRevisionChangeKind.RemediationAdded, "CSAFPID-0002", null, null),
                (AdvisoryRevisionChangeKind.StatusChanged, "CSAFPID-0003", "under_investigation", "affected"),
                (AdvisoryRevisionChangeKind.RemediationAdded, "CSAFPID-0003", null, null),
            ],
            diff.Changes.Select(c => (c.Kind, c.ProductKey!, c.Kind == AdvisoryRevisionChangeKind.RemediationAdded ? null : c.Before, c.Kind == AdvisoryRevisionChangeKind.RemediationAdded ? null : c.After)));
        Assert.All(diff.Changes, c => Assert.Equal("CVE-2017-5149", c.CveId));
        Assert.All(diff.Changes, c => Assert.Equal("St. Jude Medical", c.Vendor));
        var added = diff.Changes[1];
        Assert.Null(added.Before);
        Assert.StartsWith("mitigation: The new version of the transmitter software, Version 8.2.2", added.After, StringComparison.Ordinal);
        Assert.Equal("Inductive models EX1100", added.Product);
        Assert.Equal("RF models EX1150", diff.Changes[3].Product);
    }

    [Fact]
    public void Fix_published_in_a_later_vex_revision()
    {
        // The older revision: JKL 5.1 (CSAFPID-0010) was still affected for Log4Shell and JKL 4.5-5.0 had no fix yet.
        var older = NormalizationData.Json(Vex, "2022-evd-uc-08-001.json");
        var log4shell = older["vulnerabilities"]![0]!;
        Assert.Equal("CVE-2021-44228", (string?)log4shell["cve"]);
        var status = log4shell["product_status"]!;
        status["fixed"] = new JsonArray("CSAFPID-0011");
        status["known_affected"]!.AsArray().Add("CSAFPID-0010");
        var remediations = log4shell["remediations"]!.AsArray();
        var fix = remediations.Single(r => r!["product_ids"]!.AsArray().Select(p => (string?)p).SequenceEqual(["CSAFPID-0008"]));
        remediations.Remove(fix);

        var newer = NormalizationData.Csaf(Vex, "2022-evd-uc-08-001.json");
        var diff = AdvisoryRevisionDiff.Compare(NormalizationData.Csaf(older), newer);

        Assert.Equal(
            [
                (AdvisoryRevisionChangeKind.RemediationAdded, "CSAFPID-0008"),
                (AdvisoryRevisionChangeKind.StatusChanged, "CSAFPID-0010"),
            ],
            diff.Changes.Select(c => (c.Kind, c.ProductKey!)));
        var statusChange = diff.Changes[1];
        Assert.Equal(("affected", "fixed"), (statusChange.Before, statusChange.After));
        Assert.Equal(("Example Company", "JKL", "5.1"), (statusChange.Vendor, statusChange.Product, statusChange.Version));
        Assert.All(diff.Changes, c => Assert.Equal("CVE-2021-44228", c.CveId));

        // Read the other way round, the same edits are removals.
        var backwards = AdvisoryRevisionDiff.Compare(newer, NormalizationData.Csaf(older));
        Assert.Equal(
            [AdvisoryRevisionChangeKind.RemediationRemoved, AdvisoryRevisionChangeKind.StatusChanged],
            backwards.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void Added_products_vulnerabilities_and_reworded_remediations()
    {
        var newerJson = NormalizationData.Json(Icsma, "icsma-23-331-01.json");
        var older = NormalizationData.Json(Icsma, "icsma-23-331-01.json");
        var vulnerabilities = older["vulnerabilities"]!.AsArray();

        // The older revision knew six of the seven CVEs, only the G9 workstation for the first one,
        // and worded one mitigation differently.
        var last = (string?)vulnerabilities[^1]!["cve"];
        vulnerabilities.RemoveAt(vulnerabilities.Count - 1);
        var first = vulnerabilities[0]!;
        first["product_status"] = new JsonObject { ["known_affected"] = new JsonArray("CSAFPID-0001") };
        var mitigation = first["remediations"]![0]!;
        var newText = (string)mitigation["details"]!;
        mitigation["details"] = "Mitigations will follow.";

        var diff = AdvisoryRevisionDiff.Compare(NormalizationData.Csaf(older), NormalizationData.Csaf(newerJson));
        var cve = (string)first["cve"]!;

        Assert.Contains(diff.Changes, c => c.Kind == AdvisoryRevisionChangeKind.VulnerabilityAdded && c.CveId == last);
        Assert.Contains(diff.Changes, c => c.Kind == AdvisoryRevisionChangeKind.StatementAdded && c.CveId == cve && c.ProductKey == "CSAFPID-0002" && c.After == "affected vers:device/3.0|3.1");
        // The mitigation names both workstations, so it changed for each of them.
        var reworded = diff.Changes.Where(c => c.Kind == AdvisoryRevisionChangeKind.RemediationChanged).ToList();
        Assert.Equal(["CSAFPID-0001", "CSAFPID-0002"], reworded.Select(c => c.ProductKey));
        Assert.All(reworded, c => Assert.Equal(("mitigation: Mitigations will follow.", "mitigation: " + newText), (c.Before, c.After)));

        // The new CVE's statements and remediations appear too, and nothing else changed.
        var lastCount = NormalizationData.Csaf(newerJson).Statements.Count(s => s.CveId == last) + NormalizationData.Csaf(newerJson).Remediations.Count(r => r.CveId == last);
        Assert.Equal(1 + lastCount + 1 + 2, diff.Changes.Count);
    }

    [Fact]
    public void Diff_is_ordered_and_repeatable()
    {
        var older = NormalizationData.Json(Icsma, "icsma-21-187-01.json");
        foreach (var v in older["vulnerabilities"]!.AsArray())
        {
            v!.AsObject().Remove("remediations");
        }

        var before = NormalizationData.Csaf(older);
        var after = NormalizationData.Csaf(Icsma, "icsma-21-187-01.json");
        var first = AdvisoryRevisionDiff.Compare(before, after);
        var second = AdvisoryRevisionDiff.Compare(before, after);

        Assert.Equal(first.Changes, second.Changes);
        Assert.All(first.Changes, c => Assert.Equal(AdvisoryRevisionChangeKind.RemediationAdded, c.Kind));
        Assert.Equal(after.Remediations.Count, first.Changes.Count);
        var keys = first.Changes.Select(c => (c.CveId!, c.ProductKey!)).ToList();
        Assert.Equal(keys.Order(), keys);
    }
}
