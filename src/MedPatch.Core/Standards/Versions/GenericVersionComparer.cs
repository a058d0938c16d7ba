namespace MedPatch.Core.Standards.Versions;

/// <summary>
/// The "generic" vers scheme (vers-spec: versions compared segment by segment): digit runs numerically, letter
/// runs case-insensitively, letters before numbers, missing trailing segments as zero.
/// </summary>
public sealed class GenericVersionComparer : IComparer<string>
{
    public static GenericVersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        return VersionTokens.Compare(VersionTokens.Split(x), VersionTokens.Split(y));
    }
}
