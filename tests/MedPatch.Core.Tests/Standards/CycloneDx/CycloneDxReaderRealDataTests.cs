using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Tests.Standards.CycloneDx;

/// <summary>Values read from real BOMs, checked against what the files say.</summary>
public sealed class CycloneDxReaderRealDataTests
{
    [Theory]
    [InlineData("cyclonedx/medical-device-sbom-case-study/narrow.sbom.json", 55, 56, "2025-07-23T20:52:41.344402+00:00")]
    [InlineData("cyclonedx/medical-device-sbom-case-study/extended.sbom.json", 65, 66, "2025-07-23T20:23:25.191246+00:00")]
    public void Medical_device_sbom_has_every_component_with_cpe_and_fda_support_properties(string file, int components, int dependencies, string created)
    {
        var bom = CycloneDxTestData.ReadDocument(file);

        Assert.Equal("1.4", bom.SpecVersion);
        Assert.Equal(components, bom.Components.Count);
        Assert.Equal(dependencies, bom.Dependencies.Count);
        Assert.All(bom.Components, c => Assert.StartsWith("cpe:2.3:", c.Cpe, StringComparison.Ordinal));
        Assert.All(bom.Components, c => Assert.NotNull(c.Property("End-of-Support")));
        Assert.All(bom.Components, c => Assert.NotNull(c.Property("Level of Support")));
        Assert.Equal("device", bom.Subject?.Type);
        Assert.Equal(DateTimeOffset.Parse(created, System.Globalization.CultureInfo.InvariantCulture), bom.Created);
    }

    [Fact]
    public void Medical_device_sbom_component_values_are_read_as_written()
    {
        var bom = CycloneDxTestData.ReadDocument("cyclonedx/medical-device-sbom-case-study/narrow.sbom.json");

        var wolf = Assert.Single(bom.Components, c => c.Name == "WolfSSL");
        Assert.Equal("4.8.1", wolf.Version);
        Assert.Equal("firmware", wolf.Type);
        Assert.Equal("wolfSSL", wolf.Supplier);
        Assert.Equal("cpe:2.3:a:wolfssl:wolfssl:4.8.1:*:*:*:*:*:*:*", wolf.Cpe);
        Assert.Equal("Open source", wolf.Property("End-of-Support"));
        Assert.Equal("Actively maintained", wolf.Property("level of support"));

        var soc = Assert.Single(bom.Components, c => c.Name == "Qualcomm Atheros QCA9563");
        Assert.Null(soc.Version);
        Assert.Equal("Until hardware support ends", soc.Property("End-of-Support"));
        Assert.Equal(["Qualcomm"], soc.Licenses);

        Assert.Equal(46, bom.Components.Count(c => c.Property("End-of-Support") == "Open source"));
        Assert.Single(bom.Components, c => c.Property("End-of-Support") == "No longer supported");
    }

    [Fact]
    public void Dropwizard_sbom_of_spec_1_2_reads_all_components_and_dependencies()
    {
        var bom = CycloneDxTestData.ReadDocument("cyclonedx/bom-examples/SBOM/dropwizard-1.3.15/bom.json");

        Assert.Equal("1.2", bom.SpecVersion);
        Assert.Equal(167, bom.Components.Count);
        Assert.Equal(167, bom.Dependencies.Count);
        Assert.All(bom.Components, c => Assert.StartsWith("pkg:maven/", c.Purl, StringComparison.Ordinal));
        Assert.All(bom.Components, c => Assert.NotEmpty(c.Hashes));
    }

    [Theory]
    [InlineData("vex-affected.json", VexStatus.Affected, "exploitable", "product-DEF")]
    [InlineData("vex-fixed.json", VexStatus.Fixed, "resolved", "product-DEF")]
    [InlineData("vex-not_affected.json", VexStatus.NotAffected, "not_affected", "product-ABC")]
    [InlineData("vex-under_investigation.json", VexStatus.UnderInvestigation, "in_triage", "product-GHI")]
    public void Cisa_vex_use_case_states_map_to_vex_statuses(string file, VexStatus status, string written, string product)
    {
        var vex = CycloneDxTestData.ReadDocument("cyclonedx/bom-examples/VEX/CISA-Use-Cases/Case-1/" + file);

        var statement = Assert.Single(vex.VexStatements);
        Assert.Equal("CVE-2021-44228", statement.VulnerabilityId);
        Assert.Equal(status, statement.Status);
        Assert.Equal(written, statement.StatusAsWritten);
        Assert.Equal([product], statement.AffectedRefs);
    }

    [Fact]
    public void Not_affected_statement_keeps_justification_responses_and_detail()
    {
        var vex = CycloneDxTestData.ReadDocument("cyclonedx/bom-examples/VEX/CISA-Use-Cases/Case-1/vex-not_affected.json");

        var statement = Assert.Single(vex.VexStatements);
        Assert.Equal("NVD", statement.Source);
        Assert.Equal("code_not_present", statement.Justification);
        Assert.Equal(["will_not_fix"], statement.Responses);
        Assert.StartsWith("This version of Product ABC is not affected", statement.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Standalone_vex_points_into_its_sbom_with_a_bom_link()
    {
        var vex = CycloneDxTestData.ReadDocument("cyclonedx/bom-examples/VEX/vex.json");

        var statement = Assert.Single(vex.VexStatements, s => s.VulnerabilityId == "CVE-2020-25649");
        Assert.Equal(VexStatus.NotAffected, statement.Status);
        Assert.Equal("code_not_reachable", statement.Justification);
        Assert.Equal(["will_not_fix", "update"], statement.Responses);
        Assert.Equal(
            ["urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar"],
            statement.AffectedRefs);
    }

    [Fact]
    public void Nested_components_are_flattened_with_their_parent()
    {
        var json = """
            {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
             "metadata":{"component":{"type":"device","name":"Infusion pump","version":"3.2","supplier":{"name":"Acme Medical"}}},
             "components":[{"type":"firmware","bom-ref":"fw","name":"pump-fw","version":"3.2.1",
               "components":[{"type":"library","bom-ref":"ssl","name":"openssl","version":"1.1.1k","scope":"required"}]}]}
            """;
        var result = SbomReader.Read(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Empty(result.Findings);
        var bom = result.Document!;
        Assert.Equal("Infusion pump", bom.Subject!.Name);
        Assert.Equal("Acme Medical", bom.Subject.Supplier);
        Assert.Equal(["fw", "ssl"], bom.Components.Select(c => c.Ref));
        Assert.Null(bom.Components[0].ParentRef);
        Assert.Equal("fw", bom.Components[1].ParentRef);
        Assert.Equal("required", bom.Components[1].Scope);
    }
}
