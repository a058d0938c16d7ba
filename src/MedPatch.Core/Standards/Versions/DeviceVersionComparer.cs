namespace MedPatch.Core.Standards.Versions;

/// <summary>
/// Compares versions the way medical-device makers write them ("device" vers scheme of MedPatch).
/// Rules, in order:
/// <list type="number">
/// <item>Case and surrounding spaces do not matter; a leading "v", "ver", "version" or "R" before a digit is
/// ignored ("v2.3" = "2.3", "R2.1" = "2.1").</item>
/// <item>The version is cut into its main part and suffix parts, each suffix starting at a keyword:
/// SP / Service Pack, Build / B, Patch / P, Rev / Revision, Update / U, Hotfix / HF followed by a number
/// ("2.0 Build 17", "v2.3 SP1", "5.1 Rev. 3").</item>
/// <item>Main parts compare run by run: digit runs as numbers ("8.00.01" &lt; "8.00.10", "R2.1" &lt; "R2.10"),
/// letter runs alphabetically ("B.02" &lt; "C.02"), letters before numbers, missing runs as zero
/// ("2.0" = "2.0.0").</item>
/// <item>With equal main parts, a version without suffixes ranks before one with suffixes ("v2.3" &lt;
/// "v2.3 SP1"); suffixes compare pairwise by keyword (Build &lt; Revision &lt; Patch &lt; Hotfix &lt; Update &lt;
/// Service Pack) and then by number ("2.0 Build 17" &lt; "2.0 Build 170").</item>
/// </list>
/// Use <see cref="DeviceVersionPattern"/> for patterns like "5.x.x".
/// </summary>
public sealed class DeviceVersionComparer : IComparer<string>, IEqualityComparer<string>
{
    public static DeviceVersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var a = DeviceVersion.Parse(x);
        var b = DeviceVersion.Parse(y);
        var c = VersionTokens.Compare(a.Main, b.Main);
        if (c != 0)
        {
            return Math.Sign(c);
        }

        for (var i = 0; i < Math.Max(a.Suffixes.Count, b.Suffixes.Count); i++)
        {
            if (i >= a.Suffixes.Count || i >= b.Suffixes.Count)
            {
                return i >= a.Suffixes.Count ? -1 : 1;
            }

            c = a.Suffixes[i].Kind.CompareTo(b.Suffixes[i].Kind);
            if (c == 0)
            {
                c = VersionTokens.Compare(a.Suffixes[i].Tokens, b.Suffixes[i].Tokens);
            }

            if (c != 0)
            {
                return Math.Sign(c);
            }
        }

        return 0;
    }

    public bool Equals(string? x, string? y) => Compare(x, y) == 0;

    public int GetHashCode(string obj) => DeviceVersion.Parse(obj).Canonical().GetHashCode(StringComparison.Ordinal);
}
