namespace MedPatch.Core.Standards.Versions;

/// <summary>
/// Semantic Versioning 2.0.0 precedence (semver.org, section 11), used for the npm, cargo, golang and semver
/// vers schemes: major.minor.patch numerically; a pre-release ("-alpha.1") is lower than its release;
/// pre-release identifiers compare numerically when numeric, else ASCII order, numeric before alphanumeric,
/// more identifiers higher; build metadata ("+...") is ignored. A leading "v" or "=" is accepted.
/// Strings that are not semver fall back to <see cref="GenericVersionComparer"/>.
/// NuGet (learn.microsoft.com "NuGet package version reference") uses the same rules with up to four numeric
/// parts and case-insensitive pre-release labels: <see cref="NuGet"/>.
/// </summary>
public sealed class SemVerComparer(bool ignoreCase = false) : IComparer<string>
{
    public static SemVerComparer Instance { get; } = new();

    public static SemVerComparer NuGet { get; } = new(ignoreCase: true);

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return GenericVersionComparer.Instance.Compare(x, y);
        }

        var (coreX, preX) = Split(x);
        var (coreY, preY) = Split(y);
        var c = GenericVersionComparer.Instance.Compare(coreX, coreY);
        if (c != 0)
        {
            return c;
        }

        if (preX.Length == 0 || preY.Length == 0)
        {
            // A release is higher than any of its pre-releases.
            return (preX.Length == 0 ? 1 : 0) - (preY.Length == 0 ? 1 : 0);
        }

        return ComparePreRelease(preX.Split('.'), preY.Split('.'));
    }

    private static (string Core, string Pre) Split(string version)
    {
        var v = version.Trim().TrimStart('=', 'v', 'V');
        var plus = v.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            v = v[..plus];
        }

        var dash = v.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (v, "") : (v[..dash], v[(dash + 1)..]);
    }

    private int ComparePreRelease(string[] x, string[] y)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var xNum = x[i].Length > 0 && x[i].All(char.IsAsciiDigit);
            var yNum = y[i].Length > 0 && y[i].All(char.IsAsciiDigit);
            var c = (xNum, yNum) switch
            {
                (true, true) => GenericVersionComparer.Instance.Compare(x[i], y[i]),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.Compare(x[i], y[i], ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal),
            };
            if (c != 0)
            {
                return Math.Sign(c);
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
