using System.Text.RegularExpressions;

namespace MedPatch.Core.Standards.Versions;

/// <summary>Kinds of device version suffixes, in the order they rank against each other.</summary>
internal enum DeviceSuffixKind
{
    Build,
    Revision,
    Patch,
    Hotfix,
    Update,
    ServicePack,
}

internal sealed record DeviceSuffix(DeviceSuffixKind Kind, List<VersionToken> Tokens);

/// <summary>A device version cut into its main part and suffixes (see <see cref="DeviceVersionComparer"/>).</summary>
internal sealed partial record DeviceVersion(List<VersionToken> Main, List<DeviceSuffix> Suffixes)
{
    public static DeviceVersion Parse(string value)
    {
        var text = Prefix().Replace(value.Trim(), "");
        var matches = SuffixKeyword().Matches(text);
        var mainEnd = matches.Count == 0 ? text.Length : matches[0].Index;
        var suffixes = new List<DeviceSuffix>();
        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var body = text[(matches[i].Index + matches[i].Length)..end];
            suffixes.Add(new(KindOf(matches[i].Groups["k"].Value), VersionTokens.Split(body)));
        }

        return new(VersionTokens.Split(text[..mainEnd]), suffixes);
    }

    public string Canonical()
    {
        var main = TrimZeros(Main);
        return string.Join('.', main.Select(Show)) + string.Concat(Suffixes.Select(s => $" {s.Kind} {string.Join('.', TrimZeros(s.Tokens).Select(Show))}"));
    }

    private static IEnumerable<VersionToken> TrimZeros(List<VersionToken> tokens)
    {
        var count = tokens.Count;
        while (count > 0 && tokens[count - 1].IsNumber && tokens[count - 1].Number.IsZero)
        {
            count--;
        }

        return tokens.Take(count);
    }

    private static string Show(VersionToken t) =>
        t.IsNumber ? t.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : t.Text.ToUpperInvariant();

    private static DeviceSuffixKind KindOf(string keyword) => keyword.ToUpperInvariant() switch
    {
        "SP" or "SERVICE PACK" or "SERVICEPACK" => DeviceSuffixKind.ServicePack,
        "BUILD" or "BLD" or "B" => DeviceSuffixKind.Build,
        "PATCH" or "P" => DeviceSuffixKind.Patch,
        "REV" or "REVISION" => DeviceSuffixKind.Revision,
        "UPDATE" or "U" => DeviceSuffixKind.Update,
        _ => DeviceSuffixKind.Hotfix,
    };

    // "v2.3", "ver 2.3", "Version 2.3", "R2.1": the prefix is not part of the version.
    [GeneratedRegex(@"^(?:version|ver|v|r)[\s.:]*(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    // A suffix keyword stands after a separator or a digit and before a number ("SP1", "2.3SP1", "Build 17",
    // "Rev. 3", "-HF2"); one-letter keywords (B, P, U) need a separator before them so "B.02" stays a main part.
    [GeneratedRegex(@"(?:(?<=[\s_\-.(\d]|^)(?<k>service\s*pack|sp|build|bld|patch|revision|rev|update|hotfix|hf)|(?<=[\s_\-.(])(?<k>b|p|u))[\s.:#\-]*(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuffixKeyword();
}
