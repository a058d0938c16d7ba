using System.Text.Json.Nodes;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Matching;
using MedPatch.Core.Standards.Cve;
using MedPatch.Core.Tests.Intelligence.Normalization;
using static MedPatch.Core.Tests.Matching.MatchTestData;

namespace MedPatch.Core.Tests.Matching;

public sealed class MatchEngineTests
{
    private static readonly MatchManufacturer Bd = Maker("BD", "Becton, Dickinson and Company");
    private static readonly MatchCatalog Alaris = Catalog([Bd], Model("BD", "Alaris System", ["8015"], ["Alaris PC Unit"]), Model("BD", "Alaris 8000 PC Unit", ["8000"]));

    private static MatchStatement AlarisRange(string id = "s1", string range = "vers:device/<=9.33.1", string raw = "<= 9.33.1") =>
        Statement(id, "Becton, Dickinson and Company (BD)", "Alaris PC Unit Model 8015", range, advisory: "ICSMA-20-317-01") with { RawVersion = raw };

    [Fact]
    public void An_exposure_records_rule_confidence_advisory_revision_statement_and_a_sentence()
    {
        var device = Device("d1", "Alaris System", "9.19");
        var set = MatchEngine.Full(Alaris, [device], [AlarisRange()], []);
        var e = Assert.Single(set);
        Assert.Equal((ExposureState.Affected, MatchRule.ModelVersionRange, MatchConfidence.High), (e.State, e.Rule, e.Confidence));
        Assert.Equal(("ICSMA-20-317-01", "1", "s1"), (e.AdvisoryId, e.AdvisoryRevision, e.StatementId));
        Assert.Equal(
            "Model 'Alaris System' (model number 8015) named in ICSMA-20-317-01 rev 1 as 'Alaris PC Unit Model 8015'; device version 9.19 is within '<= 9.33.1'.",
            e.Reason);
    }

    [Fact]
    public void An_unknown_device_version_is_a_low_possible_match_unless_all_versions_are_affected()
    {
        var device = Device("d1", "Alaris System", null);
        var ranged = Assert.Single(MatchEngine.Full(Alaris, [device], [AlarisRange()], []));
        Assert.Equal((ExposureState.Possible, MatchConfidence.Low, MatchRule.ModelOnly), (ranged.State, ranged.Confidence, ranged.Rule));
        Assert.Contains("version is unknown", ranged.Reason, StringComparison.Ordinal);

        var all = Assert.Single(MatchEngine.Full(Alaris, [device], [AlarisRange(range: "vers:all/*", raw: "vers:all/*")], []));
        Assert.Equal((ExposureState.Affected, MatchConfidence.High, MatchRule.ModelOnly), (all.State, all.Confidence, all.Rule));
    }

    [Fact]
    public void An_unparseable_range_keeps_the_statement_with_low_confidence_and_says_why()
    {
        var statement = AlarisRange(range: "distributed  < april 1, 2018", raw: "distributed  < april 1, 2018");
        var e = Assert.Single(MatchEngine.Full(Alaris, [Device("d1", "Alaris System", "9.19")], [statement], []));
        Assert.Equal((ExposureState.Possible, MatchConfidence.Low), (e.State, e.Confidence));
        Assert.Contains("'distributed  < april 1, 2018' cannot be compared", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vaguer_not_affected_statement_does_not_overrule_a_surer_affected_one_for_the_exact_model()
    {
        var device = Device("d1", "Alaris System", "9.19");

        // The vendor spelt one letter off: the statement counts, at medium confidence.
        var unsure = Statement("n", "Becton, Dickinsen and Company", "Alaris PC Unit", null, AffectedStatus.NotAffected, version: "9.19", advisory: "ICSMA-TEST-02");
        var alone = Assert.Single(MatchEngine.Full(Alaris, [device], [unsure], []));
        Assert.Equal(ExposureState.Suppressed, alone.State);
        Assert.True(alone.Confidence < MatchConfidence.High, $"the misspelt statement alone is {alone.Confidence}");

        var both = Assert.Single(MatchEngine.Full(Alaris, [device], [unsure, AlarisRange()], []));
        Assert.Equal((ExposureState.Affected, MatchConfidence.High), (both.State, both.Confidence));
    }

    [Fact]
    public void Out_of_range_devices_have_no_exposure()
    {
        Assert.Empty(MatchEngine.Full(Alaris, [Device("d1", "Alaris System", "12.1.2")], [AlarisRange()], []));
    }

    [Fact]
    public void Not_affected_statements_suppress_and_fixed_statements_resolve()
    {
        var affected = AlarisRange("a", "vers:all/*", "vers:all/*");
        var notAffected = Statement("n", "BD", "Alaris PC Unit", null, AffectedStatus.NotAffected, version: "9.7", justification: "vulnerable_code_not_present");
        var fixedOne = Statement("f", "BD", "Alaris PC Unit", null, AffectedStatus.Fixed, version: "12.1");
        var devices = new[] { Device("on-9.7", "Alaris System", "9.7"), Device("on-12.3", "Alaris System", "12.3"), Device("on-9.19", "Alaris System", "9.19") };
        var set = MatchEngine.Full(Alaris, devices, [affected, notAffected, fixedOne], []);

        var suppressed = set.Find(Id("device:on-9.7"), "CVE-2020-0001")!;
        Assert.Equal(ExposureState.Suppressed, suppressed.State);
        Assert.Contains("vulnerable_code_not_present", suppressed.Reason, StringComparison.Ordinal);
        Assert.Equal(ExposureState.Resolved, set.Find(Id("device:on-12.3"), "CVE-2020-0001")!.State);
        var open = set.Find(Id("device:on-9.19"), "CVE-2020-0001")!;
        Assert.Equal(ExposureState.Affected, open.State);
        Assert.True(open.PatchAvailable);
        Assert.Equal("12.1", open.FixedVersion);
    }

    [Fact]
    public void A_new_revision_with_a_fixed_version_resolves_devices_on_it_and_gives_the_others_a_patch()
    {
        SharedData.Require("csaf/cisa-icsma");
        var rev2 = MatchStatements.FromAdvisory(NormalizationData.Csaf("csaf/cisa-icsma", "icsma-17-017-01.json"));
        var rev3 = MatchStatements.FromAdvisory(NormalizationData.Csaf(WithFixedVersion("9.20")));
        var devices = new[] { Device("old", "Alaris 8000 PC Unit", "9.1"), Device("fixed", "Alaris 8000 PC Unit", "9.20"), Device("newer", "Alaris 8000 PC Unit", "9.21") };
        var engine = new MatchEngine(Alaris);
        engine.ForDevices(devices);
        engine.ForStatements("ICSMA-17-017-01", rev2);
        Assert.All(engine.Exposures, e => Assert.Equal((ExposureState.Affected, false, "2"), (e.State, e.PatchAvailable, e.AdvisoryRevision)));

        var same = engine.ForStatements("ICSMA-17-017-01", rev2.Select(s => s with { AdvisoryRevision = "2b" }).ToList());
        Assert.Empty(same.Changed);
        Assert.Equal(3, same.Upserted.Count);

        var delta = engine.ForStatements("ICSMA-17-017-01", rev3);
        var after = engine.Exposures;
        Assert.Equal(3, delta.Upserted.Count);
        Assert.Equal(3, delta.Changed.Count);
        Assert.Equal(ExposureState.Resolved, after.Find(Id("device:fixed"), "CVE-2016-8375")!.State);
        Assert.Equal(ExposureState.Resolved, after.Find(Id("device:newer"), "CVE-2016-8375")!.State);
        var old = after.Find(Id("device:old"), "CVE-2016-8375")!;
        Assert.Equal((ExposureState.Affected, true, "9.20", "3"), (old.State, old.PatchAvailable, old.FixedVersion, old.AdvisoryRevision));
        Assert.Contains("A fix is available (version 9.20)", old.Reason, StringComparison.Ordinal);
        Assert.Empty(after.Differences(MatchEngine.Full(Alaris, devices, rev3, [])));
    }

    [Fact]
    public void Unsupported_devices_of_a_named_model_that_no_statement_covers_are_possible_unsupported()
    {
        var statement = Statement("s", "Baxter", "Sigma Spectrum", "vers:device/>=6|<7");
        var catalog = Catalog([Maker("Baxter")], Model("Baxter", "Sigma Spectrum"));
        var set = MatchEngine.Full(catalog, [Device("old", "Sigma Spectrum", "5.00", unsupported: true), Device("kept", "Sigma Spectrum", "5.00")], [statement], []);
        var e = Assert.Single(set);
        Assert.Equal(Id("device:old"), e.DeviceId);
        Assert.Equal((ExposureState.Possible, MatchConfidence.Low, true), (e.State, e.Confidence, e.Unsupported));
        Assert.Contains("unsupported", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Sbom_components_match_by_purl_and_a_version_specific_sbom_replaces_the_model_one()
    {
        var catalog = Catalog([Maker("GE HealthCare")], Model("GE HealthCare", "Xeleris"));
        var statement = Statement("s", "OFFIS", "DCMTK", "vers:generic/<3.6.7", purl: "pkg:generic/offis/dcmtk");
        var sboms = new[]
        {
            new MatchSbomComponent(Id("model:Xeleris"), null, "dcmtk", "3.6.5", "pkg:generic/offis/dcmtk@3.6.5", null),
            new MatchSbomComponent(Id("model:Xeleris"), "4.0", "dcmtk", "3.6.8", "pkg:generic/offis/dcmtk@3.6.8", null),
        };
        var set = MatchEngine.Full(catalog, [Device("v3", "Xeleris", "3.0"), Device("v4", "Xeleris", "4.0")], [statement], sboms);
        var e = Assert.Single(set);
        Assert.Equal(Id("device:v3"), e.DeviceId);
        Assert.Equal((ExposureState.Possible, MatchConfidence.Medium, MatchRule.SbomComponent), (e.State, e.Confidence, e.Rule));
        Assert.Contains("Component 'dcmtk' 3.6.5 in the SBOM of model 'Xeleris'", e.Reason, StringComparison.Ordinal);
        Assert.Single(set.Unresolved);
    }

    [Fact]
    public void A_model_cpe_matches_a_cpe_statement()
    {
        var catalog = Catalog([Maker("Baxter")], Model("Baxter", "Sigma Spectrum", cpes: ["cpe:2.3:h:baxter:sigma_spectrum:*:*:*:*:*:*:*:*"]));
        var statement = Statement("s", "baxter", "sigma_spectrum", "vers:device/<9", cpe: "cpe:2.3:h:baxter:sigma_spectrum:*:*:*:*:*:*:*:*");
        var e = Assert.Single(MatchEngine.Full(catalog, [Device("d", "Sigma Spectrum", "8.1")], [statement], []));
        Assert.Equal((ExposureState.Affected, MatchRule.Cpe, MatchConfidence.High), (e.State, e.Rule, e.Confidence));
    }

    [Fact]
    public void Cve_json_5_affected_entries_match_with_their_bounds_and_default_status()
    {
        using var stream = File.OpenRead(SharedData.Require("cve/CVE-2019-13535.json"));
        var statements = MatchStatements.FromAdvisory(CveNormalizer.Normalize(CveRecordReader.Read(stream)));
        var catalog = Catalog([Maker("Medtronic")], Model("Medtronic", "Valleylab FT10", ["VLFT10GEN"]), Model("Medtronic", "Valleylab LS10", ["VLLS10GEN"]));
        var devices = new[] { Device("ft10-old", "Valleylab FT10", "2.0.1"), Device("ft10-new", "Valleylab FT10", "4.1.0"), Device("ls10", "Valleylab LS10", "1.20.2") };
        var set = MatchEngine.Full(catalog, devices, statements, []);

        var old = set.Find(Id("device:ft10-old"), "CVE-2019-13535")!;
        Assert.Equal((ExposureState.Affected, MatchConfidence.High, MatchRule.ModelVersionRange), (old.State, old.Confidence, old.Rule));
        Assert.Equal(ExposureState.Affected, set.Find(Id("device:ls10"), "CVE-2019-13535")!.State);

        // defaultStatus "unaffected": versions the record does not list are not affected.
        Assert.Equal(ExposureState.Suppressed, set.Find(Id("device:ft10-new"), "CVE-2019-13535")!.State);
    }

    /// <summary>ICSMA-17-017-01 as a third revision that adds a fixed version and a vendor fix.</summary>
    private static JsonNode WithFixedVersion(string version)
    {
        var json = NormalizationData.Json("csaf/cisa-icsma", "icsma-17-017-01.json");
        var tracking = json["document"]!["tracking"]!;
        tracking["version"] = "3";
        tracking["revision_history"]!.AsArray().Add(new JsonObject { ["date"] = "2017-03-01T00:00:00.000000Z", ["number"] = "3", ["summary"] = "Fixed version" });
        tracking["current_release_date"] = "2017-03-01T00:00:00.000000Z";
        json["product_tree"]!["branches"]![0]!["branches"]![0]!["branches"]!.AsArray().Add(new JsonObject
        {
            ["category"] = "product_version",
            ["name"] = version,
            ["product"] = new JsonObject { ["name"] = "Alaris 8000 PC unit " + version, ["product_id"] = "CSAFPID-0002" },
        });
        foreach (var v in json["vulnerabilities"]!.AsArray())
        {
            v!["product_status"]!["fixed"] = new JsonArray("CSAFPID-0002");
            v["remediations"]!.AsArray().Add(new JsonObject { ["category"] = "vendor_fix", ["details"] = "Update to " + version, ["product_ids"] = new JsonArray("CSAFPID-0001") });
        }

        return json;
    }
}
