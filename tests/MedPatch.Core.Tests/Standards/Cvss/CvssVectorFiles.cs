using System.Globalization;

namespace MedPatch.Core.Tests.Standards.Cvss;

/// <summary>Reads the public test vectors in ../shared/data/cvss beside the repository (format in its README).</summary>
internal static class CvssVectorFiles
{
    /// <summary>
    /// The repository root is the first folder holding MedPatch.slnx above the test binaries, or above the
    /// working directory or this source file when the binaries were built outside the checkout (--artifacts-path).
    /// </summary>
    public static string? Folder([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var root = RepositoryRoot(AppContext.BaseDirectory) ?? RepositoryRoot(Environment.CurrentDirectory)
            ?? (Path.GetDirectoryName(sourceFile) is { Length: > 0 } sourceDir ? RepositoryRoot(sourceDir) : null);
        if (root is null)
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "cvss"));
        return Directory.Exists(folder) ? folder : null;
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

    /// <summary>The folder, or skip (fail on CI) when it is missing.</summary>
    public static string RequireFolder()
    {
        var folder = Folder();
        if (folder is not null)
        {
            return folder;
        }

        const string message = "CVSS test vectors not found: expected ../shared/data/cvss beside the repository root";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return string.Empty;
    }

    /// <summary>
    /// One line: "VECTOR - (base, temporal, environmental)", "VECTOR - (score,)" or "VECTOR - score"; None = null.
    /// </summary>
    public static (string Vector, decimal?[] Scores) ParseLine(string line)
    {
        var split = line.LastIndexOf(" - ", StringComparison.Ordinal);
        var vector = line[..split].Trim();
        var scores = line[(split + 3)..].Trim().Trim('(', ')')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s == "None" ? (decimal?)null : decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
        return (vector, scores);
    }
}
