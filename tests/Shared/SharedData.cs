using System.Runtime.CompilerServices;

namespace MedPatch.Tests.Shared;

/// <summary>
/// The public datasets in ../shared/data beside the repository root (the first folder holding MedPatch.slnx above
/// the test binaries, the current directory or this source file). Missing data skips a test on a developer machine
/// and fails it on CI, so a CI run can never pass without reading the real files. Both test projects compile this
/// one file.
/// </summary>
internal static class SharedData
{
    /// <summary>A file or folder under ../shared/data, e.g. "csaf/cisa-icsma".</summary>
    public static string Require(string relative)
    {
        var path = Find(relative);
        if (path is not null)
        {
            return path;
        }

        var message = "shared test data not found: ../shared/data/" + relative + " beside the repository root";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return string.Empty;
    }

    /// <summary>
    /// For theory data, which is built before any test runs and so cannot skip: the files of a folder, sorted, or an
    /// empty list when the data is absent (xunit then reports the theory as having no data, a failure).
    /// </summary>
    public static IReadOnlyList<string> FilesOrEmpty(string relativeFolder, string pattern) =>
        Find(relativeFolder) is { } folder && Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// The first existing ../shared/data/<paramref name="relative"/> beside a checkout. The source file's own folder
    /// is the last resort because test binaries built with --artifacts-path, and the runner's working folder, can lie
    /// outside the checkout.
    /// </summary>
    private static string? Find(string relative)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, SourceFolder() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MedPatch.slnx")))
                {
                    var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", relative));
                    if (File.Exists(path) || Directory.Exists(path))
                    {
                        return path;
                    }

                    break;
                }
            }
        }

        return null;
    }

    private static string SourceFolder([CallerFilePath] string sourceFile = "") => Path.GetDirectoryName(sourceFile) ?? ".";
}
