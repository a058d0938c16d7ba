using System.Runtime.CompilerServices;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>The CSAF documents of the shared data, as paths relative to ../shared/data/csaf.</summary>
internal static class CsafTestData
{
    public static readonly string[] AdvisoryFolders = ["cisa-icsma", "cisa-icsa", "cisa-it"];

    public static TheoryData<string> Advisories() => Relative(AdvisoryFolders.SelectMany(f => Files("csaf/" + f)));

    public static TheoryData<string> OasisExamples() => Relative(Files("csaf/oasis-tests/examples/csaf"));

    /// <summary>
    /// Every CSAF document under csaf/: advisories, OASIS examples, validator test files and filename test files. Not
    /// the schemas, the ROLIE feeds, aggregator and provider metadata, or the test suite's index.
    /// </summary>
    public static TheoryData<string> AllDocuments()
    {
        return Relative(Files("csaf").Where(f =>
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

    /// <summary>
    /// The JSON files of a shared data folder. Theory data is gathered where the runner puts the current directory,
    /// which need not be inside the repository when the build output lives elsewhere, so this source file's own
    /// location is the fallback for finding the repository.
    /// </summary>
    private static IEnumerable<string> Files(string relativeFolder, [CallerFilePath] string sourceFile = "")
    {
        var files = SharedData.FilesOrEmpty(relativeFolder, "*.json").ToList();
        if (files.Count > 0)
        {
            return files;
        }

        for (var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(sourceFile) ?? "."); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MedPatch.slnx")))
            {
                var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data", relativeFolder));
                return Directory.Exists(folder)
                    ? Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                    : [];
            }
        }

        return [];
    }

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
