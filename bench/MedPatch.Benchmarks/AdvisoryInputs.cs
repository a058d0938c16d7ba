namespace MedPatch.Benchmarks;

/// <summary>
/// The advisory documents every row of the benchmark reads: all *.json of the CISA CSAF feeds (ICS medical, ICS,
/// IT) and of the CVE JSON 5 records in the public datasets folder, in one fixed order.
/// </summary>
public sealed class AdvisoryInputs
{
    public static readonly IReadOnlyList<string> CsafFolders = ["csaf/cisa-icsma", "csaf/cisa-icsa", "csaf/cisa-it"];
    public const string CveFolder = "cve";

    private AdvisoryInputs(string root, IReadOnlyList<string> csaf, IReadOnlyList<string> cve)
    {
        Root = root;
        Csaf = csaf;
        Cve = cve;
        All = [.. csaf, .. cve];
    }

    public string Root { get; }

    public IReadOnlyList<string> Csaf { get; }

    public IReadOnlyList<string> Cve { get; }

    public IReadOnlyList<string> All { get; }

    public static AdvisoryInputs Find(string? data)
    {
        var root = Path.GetFullPath(data ?? DefaultRoot());
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException("no public datasets folder at " + root + " (give one with --data)");
        }

        var csaf = CsafFolders.SelectMany(folder => Json(root, folder)).ToList();
        var cve = Json(root, CveFolder).ToList();
        if (csaf.Count == 0 || cve.Count == 0)
        {
            throw new FileNotFoundException("no CSAF or no CVE *.json files under " + root);
        }

        return new AdvisoryInputs(root, csaf, cve);
    }

    public static long Bytes(IEnumerable<string> files) => files.Sum(f => new FileInfo(f).Length);

    /// <summary>../shared/data beside the first folder holding MedPatch.slnx above the current directory or this program.</summary>
    private static string DefaultRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MedPatch.slnx")))
                {
                    return Path.Combine(dir.FullName, "..", "shared", "data");
                }
            }
        }

        return Path.Combine("..", "shared", "data");
    }

    private static IEnumerable<string> Json(string root, string folder)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
    }
}
