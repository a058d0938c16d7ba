using System.Text;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Tests.Standards.CycloneDx;

/// <summary>CycloneDX XML, with small BOMs written for these tests (the shared data has no XML BOMs).</summary>
public sealed class CycloneDxXmlReaderTests
{
    private const string Bom14 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.4" serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="2">
          <metadata>
            <timestamp>2024-03-01T10:00:00Z</timestamp>
            <tools><tool><vendor>Acme</vendor><name>sbom-gen</name><version>1.0</version></tool></tools>
            <component type="device" bom-ref="pump"><name>Infusion pump</name><version>5.1</version></component>
          </metadata>
          <components>
            <component type="firmware" bom-ref="fw">
              <supplier><name>Acme Medical</name></supplier>
              <name>pump-fw</name>
              <version>5.1.0</version>
              <hashes><hash alg="SHA-256">f498a8ff2dd007e29c2074f5e4b01a9a01775c3ff3aeaf6906ea503bc5791b7b</hash></hashes>
              <licenses><license><name>Proprietary</name></license></licenses>
              <cpe>cpe:2.3:o:acme:pump_firmware:5.1.0:*:*:*:*:*:*:*</cpe>
              <properties>
                <property name="End-of-Support">2030-12-31</property>
                <property name="Level of Support">Actively maintained</property>
              </properties>
              <components>
                <component type="library" bom-ref="pkg:generic/zlib@1.2.11">
                  <name>zlib</name><version>1.2.11</version>
                  <licenses><expression>Zlib</expression></licenses>
                  <purl>pkg:generic/zlib@1.2.11</purl>
                </component>
              </components>
            </component>
          </components>
          <dependencies>
            <dependency ref="pump"><dependency ref="fw"/></dependency>
            <dependency ref="fw"><dependency ref="pkg:generic/zlib@1.2.11"/></dependency>
          </dependencies>
        </bom>
        """;

    private const string Vex16 = """
        <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
          <metadata>
            <tools><components><component type="application"><group>acme</group><name>vex-tool</name><version>2.0</version></component></components></tools>
          </metadata>
          <vulnerabilities>
            <vulnerability bom-ref="v1">
              <id>CVE-2022-37434</id>
              <source><name>NVD</name><url>https://nvd.nist.gov/vuln/detail/CVE-2022-37434</url></source>
              <analysis>
                <state>not_affected</state>
                <justification>code_not_reachable</justification>
                <responses><response>will_not_fix</response><response>update</response></responses>
                <detail>inflateGetHeader is never called.</detail>
              </analysis>
              <affects>
                <target>
                  <ref>pkg:generic/zlib@1.2.11</ref>
                  <versions><version><range>vers:generic/&lt;1.2.12</range><status>unaffected</status></version></versions>
                </target>
              </affects>
            </vulnerability>
            <vulnerability><id>CVE-2023-0001</id><analysis><state>false_positive</state></analysis></vulnerability>
          </vulnerabilities>
        </bom>
        """;

    private static SbomReadResult Read(string xml) => SbomReader.Read(Encoding.UTF8.GetBytes(xml), "bom.xml");

    [Fact]
    public void Version_1_4_sbom_reads_components_properties_and_dependencies()
    {
        var result = Read(Bom14);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Findings);
        var bom = result.Document!;
        Assert.Equal("1.4", bom.SpecVersion);
        Assert.Equal("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", bom.SerialNumber);
        Assert.Equal(2, bom.Version);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), bom.Created);
        Assert.Equal(["Acme sbom-gen 1.0"], bom.Tools);
        Assert.Equal("Infusion pump", bom.Subject?.Name);

        Assert.Equal(2, bom.Components.Count);
        var firmware = bom.Components[0];
        Assert.Equal(("fw", "firmware", "pump-fw", "5.1.0", "Acme Medical"), (firmware.Ref, firmware.Type, firmware.Name, firmware.Version, firmware.Supplier));
        Assert.Equal("cpe:2.3:o:acme:pump_firmware:5.1.0:*:*:*:*:*:*:*", firmware.Cpe);
        Assert.Equal(new SbomHash("SHA-256", "f498a8ff2dd007e29c2074f5e4b01a9a01775c3ff3aeaf6906ea503bc5791b7b"), Assert.Single(firmware.Hashes));
        Assert.Equal(["Proprietary"], firmware.Licenses);
        Assert.Equal("2030-12-31", firmware.Property("End-of-Support"));
        var zlib = bom.Components[1];
        Assert.Equal("fw", zlib.ParentRef);
        Assert.Equal("pkg:generic/zlib@1.2.11", zlib.Purl);
        Assert.Equal(["Zlib"], zlib.Licenses);

        Assert.Equal(["pump", "fw"], bom.Dependencies.Select(d => d.Ref));
        Assert.Equal(["pkg:generic/zlib@1.2.11"], bom.Dependencies[1].DependsOn);
    }

    [Fact]
    public void Version_1_6_vex_reads_analysis_and_affected_versions()
    {
        var result = Read(Vex16);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var bom = result.Document!;
        Assert.Equal("1.6", bom.SpecVersion);
        Assert.Equal(["acme vex-tool 2.0"], bom.Tools);
        Assert.Equal(2, bom.VexStatements.Count);
        var statement = bom.VexStatements[0];
        Assert.Equal("CVE-2022-37434", statement.VulnerabilityId);
        Assert.Equal("NVD", statement.Source);
        Assert.Equal(VexStatus.NotAffected, statement.Status);
        Assert.Equal("code_not_reachable", statement.Justification);
        Assert.Equal(["will_not_fix", "update"], statement.Responses);
        Assert.Equal("inflateGetHeader is never called.", statement.Detail);
        Assert.Equal(["pkg:generic/zlib@1.2.11"], statement.AffectedRefs);
        Assert.Equal(new VexAffectedVersion("pkg:generic/zlib@1.2.11", null, "vers:generic/<1.2.12", "unaffected"), Assert.Single(statement.AffectedVersions));
        Assert.Equal(VexStatus.NotAffected, bom.VexStatements[1].Status);
        Assert.Equal("false_positive", bom.VexStatements[1].StatusAsWritten);
    }

    [Fact]
    public void Doctype_is_refused_before_any_entity_is_expanded()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE bom [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components><component type="library"><name>&lol2;</name></component></components></bom>
            """;

        var result = Read(xml);

        var error = Assert.Single(result.Errors);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 2,", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void External_entity_is_never_fetched()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE bom SYSTEM "http://127.0.0.1:1/cyclonedx.dtd">
            <bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>
            """;

        var result = Read(xml);

        Assert.False(result.Succeeded);
        Assert.Contains("DTD", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_names_its_line()
    {
        var result = Read("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\">\n<components>\n</bom>");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("line 3,", error.Path, StringComparison.Ordinal);
        Assert.StartsWith("not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_a_cyclonedx_bom_is_refused()
    {
        var result = Read("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>");

        Assert.Contains("expected a CycloneDX <bom>", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_xml_nesting_is_refused()
    {
        var xml = "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">" + string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100)) + "</bom>";

        Assert.Contains("nesting deeper", Assert.Single(Read(xml).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Component_without_name_or_type_is_reported_but_the_bom_still_reads()
    {
        var result = Read("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components><component><version>1</version></component></components></bom>");

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Findings.Count);
    }
}
