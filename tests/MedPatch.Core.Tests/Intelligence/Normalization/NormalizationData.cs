using System.Text.Json.Nodes;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Tests.Intelligence.Normalization;

/// <summary>Reads shared-data advisories (in place) and normalizes them, failing with the reader's errors.</summary>
internal static class NormalizationData
{
    public static TheoryData<string> Files(string folder, string pattern = "*.json")
    {
        var data = new TheoryData<string>();
        foreach (var name in Names(folder, pattern))
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>The files of a shared-data folder as paths relative to it, sorted; empty when the data is absent.</summary>
    public static IReadOnlyList<string> Names(string folder, string pattern = "*.json")
    {
        var names = new List<string>();
        foreach (var file in SharedData.FilesOrEmpty(folder, pattern))
        {
            var marker = file.Replace('\\', '/').LastIndexOf("/" + folder + "/", StringComparison.Ordinal);
            names.Add(file.Replace('\\', '/')[(marker + folder.Length + 2)..]);
        }

        return names;
    }

    public static string FilePath(string folder, string name) => SharedData.Require(folder + "/" + name);

    public static JsonNode Json(string folder, string name) =>
        JsonNode.Parse(File.ReadAllText(FilePath(folder, name))) ?? throw new InvalidOperationException(name + " is empty");

    public static CsafDocument CsafDocument(string folder, string name)
    {
        using var stream = File.OpenRead(FilePath(folder, name));
        return Read(CsafReader.Read(stream), name);
    }

    public static NormalizedAdvisory Csaf(string folder, string name) => CsafNormalizer.Normalize(CsafDocument(folder, name));

    public static NormalizedAdvisory Csaf(JsonNode json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()));
        return CsafNormalizer.Normalize(Read(CsafReader.Read(stream), "edited document"));
    }

    private static CsafDocument Read(CsafReadResult result, string name)
    {
        Assert.True(result.Succeeded, name + ": " + string.Join("; ", result.Errors.Take(5)));
        return result.Document!;
    }
}
