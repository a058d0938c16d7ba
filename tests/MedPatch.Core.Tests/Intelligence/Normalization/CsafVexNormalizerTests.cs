using MedPatch.Core.Intelligence.Normalization;

namespace MedPatch.Core.Tests.Intelligence.Normalization;

/// <summary>The OASIS CSAF VEX and advisory examples: statuses, VEX justifications and impact statements, relationships.</summary>
public sealed class CsafVexNormalizerTests
{
    private const string Vex = "csaf/oasis-tests/examples/csaf/csaf_vex";
    private const string Examples = "csaf/oasis-tests/examples/csaf";

    public static TheoryData<string> VexExamples() => NormalizationData.Files(Vex);

    [Theory]
    [MemberData(nameof(VexExamples))]
    public void Every_not_affected_product_carries_its_impact_statement(string name)
    {
        var advisory = NormalizationData.Csaf(Vex, name);

        Assert.NotEmpty(advisory.Statements);
        Assert.All(advisory.Statements, s => Assert.NotNull(s.Product));
        Assert.All(advisory.Statements, s => Assert.Null(s.ConfidenceNote));

        // The CSAF VEX profile requires an impact statement (flag or impact threat) for each known_not_affected product.
        Assert.All(
            advisory.Statements.Where(s => s.Status == AffectedStatus.NotAffected),
            s => Assert.True(s.Justification is not null || s.ImpactStatement is not null, s.CveId + " " + s.ProductKey));
        Assert.All(
            advisory.Statements.Where(s => s.Status != AffectedStatus.NotAffected),
            s => Assert.True(s.Justification is null && s.ImpactStatement is null, s.CveId + " " + s.ProductKey));
    }

    [Fact]
    public void Flag_label_is_the_justification()
    {
        var advisory = NormalizationData.Csaf(Vex, "sec-vex-2022-0001.json");

        Assert.Equal(3, advisory.Statements.Count);
        Assert.All(advisory.Statements, s =>
        {
            Assert.Equal(AffectedStatus.NotAffected, s.Status);
            Assert.Equal("CSAFPID-0001", s.ProductKey);
            Assert.Equal("component_not_present", s.Justification);
            Assert.Equal("Secvisogram is written in JavaScript. No Java is included.", s.ImpactStatement);
        });
        Assert.Equal(["CVE-2021-44228", "CVE-2021-45046", "CVE-2021-45105"], advisory.Statements.Select(s => s.CveId));
    }

    [Fact]
    public void Mixed_statuses_of_use_case_8()
    {
        var advisory = NormalizationData.Csaf(Vex, "2022-evd-uc-08-001.json");
        var log4shell = advisory.Statements.Where(s => s.CveId == "CVE-2021-44228").ToList();

        Assert.Equal(AffectedStatus.Fixed, log4shell.Single(s => s.ProductKey == "CSAFPID-0010").Status);
        var jkl = log4shell.Single(s => s.ProductKey == "CSAFPID-0010");
        Assert.Equal(("Example Company", "JKL", "5.1"), (jkl.Vendor, jkl.Product, jkl.Version));

        // CSAFPID-0011 is both fixed and recommended: two statements, nothing merged away.
        Assert.Equal(
            [AffectedStatus.Fixed, AffectedStatus.Recommended],
            log4shell.Where(s => s.ProductKey == "CSAFPID-0011").Select(s => s.Status).Order());
        var notAffected = log4shell.Single(s => s.ProductKey == "CSAFPID-0009");
        Assert.Equal(AffectedStatus.NotAffected, notAffected.Status);
        Assert.Equal("Log4j was not included in those versions at all.", notAffected.ImpactStatement);
        Assert.Equal("vers:generic/>=1.0|<=4.4", notAffected.VersionRange);
        Assert.Equal(4, log4shell.Count(s => s.Status == AffectedStatus.Affected));

        var fixes = advisory.Remediations.Where(r => r.CveId == "CVE-2021-45105" && r.Category == RemediationCategory.VendorFix).Select(r => r.ProductKey).ToList();
        Assert.Equal(["CSAFPID-0002", "CSAFPID-0003", "CSAFPID-0004", "CSAFPID-0008", "CSAFPID-0010"], fixes);
    }

    [Fact]
    public void Under_investigation_and_none_available()
    {
        var advisory = NormalizationData.Csaf(Vex, "2022-evd-uc-03-ms-001.json");

        Assert.Equal(19, advisory.Vulnerabilities.Count);
        Assert.Equal(AffectedStatus.UnderInvestigation, advisory.Statements.Single(s => s.CveId == "CVE-2020-11896").Status);
        Assert.Equal(AffectedStatus.Fixed, advisory.Statements.Single(s => s.CveId == "CVE-2020-11901").Status);
        Assert.Equal(
            "This code was re-written. The vulnerable code is not present.",
            advisory.Statements.Single(s => s.CveId == "CVE-2020-11906").ImpactStatement);
        Assert.Equal(
            ["CVE-2020-11898", "CVE-2020-11907", "CVE-2020-11909", "CVE-2020-11910", "CVE-2020-11911"],
            advisory.Remediations.Where(r => r.Category == RemediationCategory.NoneAvailable).Select(r => r.CveId));
    }

    [Fact]
    public void Relationship_products_keep_component_and_platform()
    {
        var advisory = NormalizationData.Csaf(Examples, "rhsa-2021_5186.json");
        const string id = "8Base-RHOSE-4.6:openshift4/ose-metering-ansible-operator:v4.6.0-202112161349.p0.gd74112d.assembly.art3595";
        var statement = advisory.Statements.First(s => s.ProductKey == id);

        Assert.Equal(AffectedStatus.NotAffected, statement.Status);
        Assert.Equal("Red Hat", statement.Vendor);
        Assert.Equal("openshift4/ose-metering-ansible-operator:v4.6.0-202112161349.p0.gd74112d.assembly.art3595", statement.Version);
        Assert.EndsWith("as a component of Red Hat OpenShift Container Platform 4.6", statement.ProductName, StringComparison.Ordinal);
        var relationship = Assert.IsType<ProductRelationship>(statement.Relationship);
        Assert.Equal("default_component_of", relationship.Category);
        Assert.Equal("8Base-RHOSE-4.6", relationship.PlatformKey);
        Assert.Equal("Red Hat OpenShift Container Platform 4.6", relationship.PlatformName);
        Assert.Equal("openshift4/ose-metering-ansible-operator:v4.6.0-202112161349.p0.gd74112d.assembly.art3595", relationship.ComponentKey);

        // The impact threat names no product, so it is no VEX impact statement for this one.
        Assert.Null(statement.ImpactStatement);
        Assert.Contains(advisory.Remediations, r => r.ProductKey == id && r.Category == RemediationCategory.VendorFix);
    }

    public static TheoryData<string> OtherExamples() => NormalizationData.Files(Examples, "*.json");

    [Theory]
    [MemberData(nameof(OtherExamples))]
    public void Oasis_examples_resolve_every_product(string name)
    {
        var advisory = NormalizationData.Csaf(Examples, name);

        Assert.All(advisory.Statements, s => Assert.DoesNotContain("not defined", s.ConfidenceNote ?? "", StringComparison.Ordinal));
        Assert.All(advisory.Statements, s => Assert.False(string.IsNullOrEmpty(s.Product), s.ProductKey));
    }
}
