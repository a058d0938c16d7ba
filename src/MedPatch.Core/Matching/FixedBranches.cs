using MedPatch.Core.Standards.Versions;

namespace MedPatch.Core.Matching;

/// <summary>
/// Reads "fixed in V" as "V and later" (CSAF first_fixed) only while no later fix on another branch says
/// otherwise. With fixes in 1.2.3 and 2.0.1, a device on 1.5 is on the 1.x branch and fixed, but a device on 2.0.0
/// is on the branch fixed in 2.0.1 and is not. Two fixed versions split into branches at their first differing
/// component (1.2.3 / 2.0.1 at the major, 9.19.3 / 9.33.1 at the minor); a device between them is fixed by the
/// lower one only on its branch.
/// </summary>
internal static class FixedBranches
{
    public static List<Candidate> Filter(List<Candidate> candidates, IReadOnlyList<Candidate> fixes)
    {
        if (fixes.Count < 2 || !candidates.Exists(c => c.LaterThan is not null))
        {
            return candidates;
        }

        var fixedVersions = fixes.Select(f => f.FixedVersion).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return candidates.Where(c => c.LaterThan is not { } later || !OnLaterBranch(later.Fixed, later.Device, fixedVersions)).ToList();
    }

    private static bool OnLaterBranch(string fixedVersion, string device, List<string> fixedVersions)
    {
        var comparer = DeviceVersionComparer.Instance;
        foreach (var other in fixedVersions)
        {
            if (comparer.Compare(other, fixedVersion) > 0 && comparer.Compare(other, device) > 0 && !SameBranch(fixedVersion, other, device))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="device"/> shares <paramref name="fixedVersion"/>'s components up to where it and <paramref name="other"/> part.</summary>
    private static bool SameBranch(string fixedVersion, string other, string device)
    {
        var a = Components(fixedVersion);
        var b = Components(other);
        var d = Components(device);
        var split = 0;
        while (split < a.Length && split < b.Length && Same(a[split], b[split]))
        {
            split++;
        }

        for (var i = 0; i <= split && i < a.Length; i++)
        {
            if (i >= d.Length || !Same(a[i], d[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Components(string version) => version.Trim().TrimStart('v', 'V').Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries);

    private static bool Same(string x, string y) =>
        string.Equals(x.TrimStart('0'), y.TrimStart('0'), StringComparison.OrdinalIgnoreCase);
}
