namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>The CSAF documents of the shared data, as paths relative to ../shared/data/csaf.</summary>
internal static class CsafTestData
{
    public static readonly string[] AdvisoryFolders = ["cisa-icsma", "cisa-icsa", "cisa-it"];

    public static TheoryData<string> Advisories() => Relative(AdvisoryFolders.SelectMany(f => SharedData.FilesOrEmpty("csaf/" + f, "*.json")));

    public static TheoryData<string> OasisExamples() => Relative(SharedData.FilesOrEmpty("csaf/oasis-tests/examples/csaf", "*.json"));

    /// <summary>
    /// Every CSAF document under csaf/: advisories, OASIS examples, validator test files and filename test files. Not
    /// the schemas, the ROLIE feeds, aggregator and provider metadata, or the test suite's index.
    /// </summary>
    public static TheoryData<string> AllDocuments()
    {
        return Relative(SharedData.FilesOrEmpty("csaf", "*.json").Where(f =>
        {
            var p = f.Replace('\\', '/');
            return !p.Contains("/cisa-distribution/", StringComparison.Ordinal)
                && !p.Contains("/oasis-tests/schema/", StringComparison.Ordinal)
                && !p.Contains("/examples/ROLIE/", StringComparison.Ordinal)
                && !p.Contains("/examples/aggregator/", StringComparison.Ordinal)
                && !p.Contains("/examples/provider-metadata/", StringComparison.Ordinal)
                && !p.EndsWith("/validator/testcases.json", StringComparison.Ordinal)
                && !p.EndsWith("/validator/testcases_json_schema.json", StringComparison.Ordinal);
        }));
    }

    public static string Path(string relative) => SharedData.Require("csaf/" + relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    private static TheoryData<string> Relative(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var file in files)
        {
            var p = file.Replace('\\', '/');
            var marker = p.IndexOf("/csaf/", StringComparison.Ordinal);
            data.Add(p[(marker + "/csaf/".Length)..]);
        }

        return data;
    }
}
