using MedPatch.Core.Standards.Versions;

namespace MedPatch.Core.Standards.Vers;

/// <summary>Strict parsing of canonical vers strings (vers-spec "Normalized, canonical representation").</summary>
internal static class VersCanonicalParser
{
    private const string Prefix = "non-canonical VERS: ";

    public static VersRange Parse(string vers)
    {
        if (vers.Any(char.IsWhiteSpace))
        {
            throw new VersRangeException(Prefix + "whitespace is not permitted");
        }

        var (scheme, body) = VersRange.SplitScheme(vers);
        if (!vers.StartsWith("vers:", StringComparison.Ordinal) || !string.Equals(scheme, scheme.ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw new VersRangeException(Prefix + "the prefix and scheme must be lower case");
        }

        if (body.StartsWith('|'))
        {
            throw new VersRangeException(Prefix + "leading pipe is not permitted");
        }

        if (body.EndsWith('|'))
        {
            throw new VersRangeException(Prefix + "trailing pipe is not permitted");
        }

        if (body.Contains("||", StringComparison.Ordinal))
        {
            throw new VersRangeException(Prefix + "consecutive pipes are not permitted");
        }

        var constraints = VersRange.Build(scheme, body.Split('|'), v => DecodeCanonical(scheme, v));
        var comparer = VersionSchemes.For(scheme);
        for (var i = 1; i < constraints.Count; i++)
        {
            var c = comparer.Compare(constraints[i - 1].Version, constraints[i].Version);
            if (c > 0)
            {
                throw new VersRangeException(Prefix + "constraints are not sorted by version");
            }

            if (c == 0)
            {
                throw new VersRangeException(Prefix + "a version must appear only once");
            }
        }

        return VersRange.Create(scheme, constraints);
    }

    private static string DecodeCanonical(string scheme, string encoded)
    {
        var decoded = VersEncoding.Decode(encoded);
        if (scheme == "datetime")
        {
            // datetime versions are RFC 3339 instants written with upper-case 'T' and 'Z' and plain colons.
            if (decoded.Contains('t', StringComparison.Ordinal) || decoded.Contains('z', StringComparison.Ordinal))
            {
                throw new VersRangeException(Prefix + "datetime must use uppercase T and Z");
            }

            if (encoded.Contains("%3A", StringComparison.Ordinal))
            {
                throw new VersRangeException(Prefix + "datetime time colons must be unencoded");
            }
        }

        if (!string.Equals(VersEncoding.Encode(decoded), encoded, StringComparison.Ordinal))
        {
            throw new VersRangeException(Prefix + "percent-encoding in version is not canonical");
        }

        return decoded;
    }
}
