using MedPatch.Core.Standards.Versions;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Orders revisions of one advisory. CSAF versions are integers or semantic versions and grow with every revision;
/// CVE records carry none, so their dateUpdated decides. On equal versions the later current release wins.
/// </summary>
internal static class RevisionOrder
{
    /// <summary>True when (version, release) comes after (otherVersion, otherRelease), or equals it.</summary>
    public static bool IsSameOrNewer(string? version, DateTime? release, string? otherVersion, DateTime? otherRelease)
    {
        if (!string.IsNullOrEmpty(version) && !string.IsNullOrEmpty(otherVersion))
        {
            // Build metadata (+…) does not order semantic versions.
            var order = GenericVersionComparer.Instance.Compare(StripBuild(version), StripBuild(otherVersion));
            if (order != 0)
            {
                return order > 0;
            }
        }

        return release is null || otherRelease is null || release >= otherRelease;
    }

    private static string StripBuild(string version)
    {
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
