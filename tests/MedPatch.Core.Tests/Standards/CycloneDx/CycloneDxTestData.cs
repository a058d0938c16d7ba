using System.Text.Json;
using MedPatch.Core.Standards.Sbom;
using MedPatch.Core.Standards.Spdx;

namespace MedPatch.Core.Tests.Standards.CycloneDx;

/// <summary>The CycloneDX part of the shared public data, read in place.</summary>
internal static class CycloneDxTestData
{
    private static SpdxLicenseList? _licenses;

    /// <summary>Relative names ("1.6/valid-bom-1.6.json") of the official spec test files, for theory data.</summary>
    public static TheoryData<string> SpecTestFiles()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine("cyclonedx", "spec-tests");
        foreach (var file in SharedData.FilesOrEmpty(root, "*.json"))
        {
            var parts = file.Replace('\\', '/').Split('/');
            data.Add(parts[^2] + "/" + parts[^1]);
        }

        return data;
    }

    /// <summary>The SPDX license ids as CycloneDX publishes them beside its schemas.</summary>
    public static SpdxLicenseList Licenses() =>
        _licenses ??= SpdxLicenseList.Load(SharedData.Require("cyclonedx/schema/spdx.schema.json"));

    public static IReadOnlyList<SbomError> Validate(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return MedPatch.Core.Standards.CycloneDx.CycloneDxValidation.Validate(document.RootElement, Licenses());
    }

    public static SbomDocument ReadDocument(string relative)
    {
        var result = SbomReader.Read(File.ReadAllBytes(SharedData.Require(relative)), Path.GetFileName(relative), Licenses());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Document!;
    }
}
