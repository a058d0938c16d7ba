namespace MedPatch.Core.Standards.Versions;

/// <summary>The version comparator for a vers scheme (vers-spec "Version scheme"); unknown schemes compare generically.</summary>
public static class VersionSchemes
{
    public const string Device = "device";

    public static IComparer<string> For(string scheme) => scheme.ToLowerInvariant() switch
    {
        "nuget" => SemVerComparer.NuGet,
        "lexicographic" => LexicographicComparer.Instance,
        "datetime" => DateTimeVersionComparer.Instance,
        "npm" or "semver" or "cargo" or "golang" or "hex" or "swift" or "pub" or "composer" => SemVerComparer.Instance,
        Device => DeviceVersionComparer.Instance,
        _ => GenericVersionComparer.Instance,
    };
}
