namespace MedPatch.Core.Standards.PackageUrls;

/// <summary>purl-spec "How to parse a purl string in its components", step by step.</summary>
internal static class PackageUrlParser
{
    public static PackageUrl Parse(string purl)
    {
        var remainder = purl.Trim();

        // Split once from the right on '#': the subpath; segments are percent-decoded one by one.
        string? subpath = null;
        var hash = remainder.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            subpath = DecodeSegments(remainder[(hash + 1)..], "subpath", rejectSlash: true);
            remainder = remainder[..hash];
        }

        // Split once from the right on '?': the qualifiers, '&'-separated key=value pairs.
        var qualifiers = new List<KeyValuePair<string, string?>>();
        var question = remainder.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            foreach (var pair in remainder[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new PackageUrlException($"invalid qualifier '{pair}': expected key=value");
                }

                qualifiers.Add(new(pair[..eq], PackageUrlEncoding.Decode(pair[(eq + 1)..], "qualifier value")));
            }

            var keys = qualifiers.Select(q => q.Key.ToLowerInvariant()).ToList();
            if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
            {
                throw new PackageUrlException("duplicate qualifier keys");
            }

            remainder = remainder[..question];
        }

        // Split once from the left on ':': the scheme, always "pkg" (case-insensitive on input).
        var colon = remainder.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !remainder[..colon].Equals("pkg", StringComparison.OrdinalIgnoreCase))
        {
            throw new PackageUrlException("a purl starts with the scheme 'pkg:'");
        }

        // Leading slashes after the scheme are not significant; split once from the left on '/': the type.
        remainder = remainder[(colon + 1)..].TrimStart('/');
        var slash = remainder.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw new PackageUrlException(remainder.Length == 0 ? "a type is required" : "a name is required after the type");
        }

        var type = remainder[..slash];
        remainder = remainder[(slash + 1)..].TrimEnd('/');

        // Split once from the right on '@' within the last segment: the version.
        string? version = null;
        var at = remainder.LastIndexOf('@');
        if (at >= 0 && at > remainder.LastIndexOf('/'))
        {
            version = PackageUrlEncoding.Decode(remainder[(at + 1)..], "version");
            remainder = remainder[..at];
        }

        // Split once from the right on '/': the name; what is left is the namespace.
        // git-definition.json: the namespace is the host, the name the repository path with its owner.
        var lastSlash = type.Equals("git", StringComparison.OrdinalIgnoreCase) ? remainder.IndexOf('/', StringComparison.Ordinal) : remainder.LastIndexOf('/');
        var name = DecodeSegments(remainder[(lastSlash + 1)..], "name", rejectSlash: false);
        var ns = lastSlash < 0 ? null : DecodeSegments(remainder[..lastSlash], "namespace", rejectSlash: true);
        return PackageUrl.Create(type, ns, name, version, qualifiers, subpath);
    }

    private static string DecodeSegments(string value, string component, bool rejectSlash)
    {
        var segments = value.Split('/').Select(s => PackageUrlEncoding.Decode(s, component)).ToList();
        if (rejectSlash && segments.Any(s => s.Contains('/', StringComparison.Ordinal)))
        {
            throw new PackageUrlException($"a {component} segment must not contain an encoded '/'");
        }

        return string.Join('/', segments);
    }
}
