using MedPatch.Core.Standards.CycloneDx;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Tests.Standards.CycloneDx;

/// <summary>The published CycloneDX example BOMs (SBOM, VEX, HBOM, CBOM, SaaSBOM) and the medical device case-study SBOMs.</summary>
public sealed class CycloneDxExampleTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in SharedData.FilesOrEmpty("cyclonedx/bom-examples", "*.json").Concat(SharedData.FilesOrEmpty("cyclonedx/medical-device-sbom-case-study", "*.json")))
        {
            var normal = file.Replace('\\', '/');
            data.Add(normal[(normal.IndexOf("/cyclonedx/", StringComparison.Ordinal) + 1)..]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_reads_and_versions_1_4_and_later_validate(string relative)
    {
        var result = SbomReader.Read(File.ReadAllBytes(SharedData.Require(relative)), Path.GetFileName(relative), CycloneDxTestData.Licenses());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var document = result.Document!;
        Assert.Equal(SbomFormat.CycloneDx, document.Format);
        if (CycloneDxValidation.Supports(document.SpecVersion))
        {
            Assert.True(result.Findings.Count == 0, relative + ":\n" + string.Join("\n", result.Findings.Take(20)));
        }
    }
}
