using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Tests.Standards.Spdx;

/// <summary>The SPDX 2.3 example document published with the specification, read in place.</summary>
public sealed class SpdxJsonReaderTests
{
    private static SbomDocument Example()
    {
        var result = SbomReader.Read(File.ReadAllBytes(SharedData.Require("spdx/SPDXJSONExample-v2.3.spdx.json")), "SPDXJSONExample-v2.3.spdx.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Findings);
        return result.Document!;
    }

    [Fact]
    public void Document_header_is_read()
    {
        var document = Example();

        Assert.Equal(SbomFormat.Spdx, document.Format);
        Assert.Equal("SPDX-2.3", document.SpecVersion);
        Assert.Equal("SPDX-Tools-v2.0", document.Name);
        Assert.Equal("http://spdx.org/spdxdocs/spdx-example-444504E0-4F89-41D3-9A0C-0305E82C3301", document.SerialNumber);
        Assert.Equal(new DateTimeOffset(2010, 1, 29, 18, 30, 22, TimeSpan.Zero), document.Created);
        Assert.Equal(["LicenseFind-1.0"], document.Tools);
        Assert.Empty(document.VexStatements);
    }

    [Fact]
    public void Packages_become_components_with_purl_cpe_supplier_and_checksums()
    {
        var document = Example();

        Assert.Equal(["SPDXRef-Package", "SPDXRef-fromDoap-1", "SPDXRef-fromDoap-0", "SPDXRef-Saxon"], document.Components.Select(c => c.Ref));
        var glibc = document.Components[0];
        Assert.Equal("glibc", glibc.Name);
        Assert.Equal("2.11.1", glibc.Version);
        Assert.Equal("Jane Doe", glibc.Supplier);
        Assert.Equal("source", glibc.Type);
        Assert.Equal("cpe:2.3:a:pivotal_software:spring_framework:4.1.0:*:*:*:*:*:*:*", glibc.Cpe);
        Assert.Null(glibc.Purl);
        Assert.Equal(4, glibc.Hashes.Count);
        Assert.Contains(glibc.Hashes, h => h.Algorithm == "SHA1" && h.Value == "85ed0817af83a24ad8da68c2b5094de69833983c");
        Assert.Equal(["(LGPL-2.0-only AND LicenseRef-3)", "(LGPL-2.0-only OR LicenseRef-3)"], glibc.Licenses);

        var jena = Assert.Single(document.Components, c => c.Name == "Jena");
        Assert.Equal("pkg:maven/org.apache.jena/apache-jena@3.12.0", jena.Purl);
        Assert.Equal("3.12.0", jena.Version);

        var commons = Assert.Single(document.Components, c => c.Name == "Apache Commons Lang");
        Assert.Null(commons.Version);
        Assert.Empty(commons.Licenses);
    }

    [Fact]
    public void Described_package_is_the_subject_and_relationships_become_dependencies()
    {
        var document = Example();

        Assert.Equal("glibc", document.Subject?.Name);
        var glibc = Assert.Single(document.Dependencies, d => d.Ref == "SPDXRef-Package");
        Assert.Equal(["SPDXRef-Saxon"], glibc.DependsOn);
        var jenaLib = Assert.Single(document.Dependencies, d => d.Ref == "SPDXRef-JenaLib");
        Assert.Equal(["SPDXRef-Package"], jenaLib.DependsOn);
        Assert.DoesNotContain(document.Dependencies, d => d.Ref == "SPDXRef-DOCUMENT");
    }

    [Theory]
    [InlineData("spdx/SPDXTagExample-v2.3.spdx", "SPDX tag-value is not supported, use JSON")]
    [InlineData("spdx/SPDXYAMLExample-2.3.spdx.yaml", "SPDX YAML is not supported, use JSON")]
    public void Other_spdx_serialisations_get_one_clear_error(string file, string message)
    {
        var result = SbomReader.Read(File.ReadAllBytes(SharedData.Require(file)), Path.GetFileName(file));

        Assert.False(result.Succeeded);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Spdx_3_and_unknown_versions_are_refused()
    {
        var result = SbomReader.Read("""{"spdxVersion":"SPDX-3.0","name":"x"}"""u8.ToArray());

        Assert.Equal("$.spdxVersion", Assert.Single(result.Errors).Path);
    }
}
