namespace MedPatch.Core.Tests.Standards.PackageUrls;

/// <summary>
/// Finds ../shared/data beside the repository root: the first folder holding MedPatch.slnx above the test
/// binaries, or above the current directory or this source file when the binaries live elsewhere (--artifacts-path).
/// </summary>
internal static class IdsSharedData
{
    public static string? Find(string relative, [System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MedPatch.slnx")))
                {
                    var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", relative));
                    if (Directory.Exists(path))
                    {
                        return path;
                    }

                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The folder, or a failure on CI (CI=true), or a skip elsewhere.</summary>
    public static string Require(string relative)
    {
        var path = Find(relative);
        if (path is not null)
        {
            return path;
        }

        var message = $"shared test data ../shared/data/{relative} is missing beside the repository";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return "";
    }
}
