namespace MedPatch.Tests.TestKit;

/// <summary>
/// The public datasets in ../shared/data beside the repository root (the first folder holding MedPatch.slnx above
/// the test binaries, the current directory or this source file). Missing data skips a test on a developer machine
/// and fails it on CI, so a CI run can never pass without reading the real files.
/// </summary>
internal static class SharedData
{
    public static string Root([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MedPatch.slnx")))
                {
                    var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                    if (Directory.Exists(path))
                    {
                        return path;
                    }

                    break;
                }
            }
        }

        Missing("../shared/data beside the repository root");
        return string.Empty;
    }

    /// <summary>A file or folder under ../shared/data, e.g. "csaf/cisa-icsma".</summary>
    public static string Require(string relative)
    {
        var path = Path.Combine(Root(), relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Missing("../shared/data/" + relative);
        }

        return path;
    }

    /// <summary>For theory data, which runs before any test can skip: an empty list when the data is absent.</summary>
    public static IEnumerable<string> FilesOrEmpty(string relativeFolder, string pattern)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MedPatch.slnx")))
                {
                    var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", relativeFolder));
                    return Directory.Exists(folder)
                        ? Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                        : [];
                }
            }
        }

        return [];
    }

    private static void Missing(string what)
    {
        var message = "shared test data not found: " + what;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }
}
