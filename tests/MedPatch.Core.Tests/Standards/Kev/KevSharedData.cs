namespace MedPatch.Core.Tests.Standards.Kev;

/// <summary>Finds the real catalog in ../shared/data/kev beside the repository root.</summary>
internal static class KevSharedData
{
    /// <summary>
    /// The repository root is the first folder holding MedPatch.slnx above the test binaries, falling back to this
    /// source file when the binaries were built outside the checkout (--artifacts-path).
    /// </summary>
    public static string? Folder([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var root = RepositoryRoot(AppContext.BaseDirectory)
            ?? (Path.GetDirectoryName(sourceFile) is { Length: > 0 } sourceDir ? RepositoryRoot(sourceDir) : null);
        if (root is null)
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "kev"));
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>The path of a file in the folder, or skip (fail on CI) when it is missing.</summary>
    public static string RequireFile(string relativePath)
    {
        var folder = Folder();
        var path = folder is null ? null : Path.Combine(folder, relativePath);
        if (path is not null && File.Exists(path))
        {
            return path;
        }

        var message = $"KEV catalog not found: expected ../shared/data/kev/{relativePath} beside the repository root";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return string.Empty;
    }

    private static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedPatch.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
