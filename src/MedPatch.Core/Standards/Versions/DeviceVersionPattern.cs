namespace MedPatch.Core.Standards.Versions;

/// <summary>
/// A device version pattern with wildcard parts: "5.x.x", "5.*", "2.3.X". Each "x", "X" or "*" part matches
/// any one part of a version; a wildcard as the last part also matches any further parts ("5.x" matches
/// "5.2.1"). Other parts compare as in <see cref="DeviceVersionComparer"/> ("05" matches "5").
/// A pattern without wildcards matches versions equal to it.
/// </summary>
public sealed class DeviceVersionPattern
{
    private readonly string[] _parts;

    private DeviceVersionPattern(string pattern, string[] parts)
    {
        Pattern = pattern;
        _parts = parts;
    }

    public string Pattern { get; }

    public bool HasWildcard => _parts.Any(IsWildcard);

    public static DeviceVersionPattern Parse(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        return new(pattern.Trim(), SplitParts(pattern.Trim()));
    }

    public bool Matches(string version)
    {
        if (!HasWildcard)
        {
            return DeviceVersionComparer.Instance.Equals(Pattern, version);
        }

        var parts = SplitParts(version.Trim());
        for (var i = 0; i < _parts.Length; i++)
        {
            if (IsWildcard(_parts[i]))
            {
                if (i == _parts.Length - 1)
                {
                    return parts.Length > i;
                }

                if (i >= parts.Length)
                {
                    return false;
                }

                continue;
            }

            if (i >= parts.Length || !DeviceVersionComparer.Instance.Equals(_parts[i], parts[i]))
            {
                return false;
            }
        }

        return parts.Length == _parts.Length;
    }

    public override string ToString() => Pattern;

    private static bool IsWildcard(string part) => part is "x" or "X" or "*";

    // Parts are separated by '.'; a leading "v" or "R" prefix on the first part is dropped.
    private static string[] SplitParts(string value)
    {
        var parts = value.Split('.');
        if (parts[0].Length > 1 && parts[0][0] is 'v' or 'V' or 'r' or 'R' && char.IsAsciiDigit(parts[0][1]))
        {
            parts[0] = parts[0][1..];
        }

        return parts;
    }
}
