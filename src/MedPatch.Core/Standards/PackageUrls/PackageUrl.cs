using System.Text;

namespace MedPatch.Core.Standards.PackageUrls;

/// <summary>
/// A package URL (purl-spec, "PURL specification"): <c>pkg:type/namespace/name@version?qualifiers#subpath</c>.
/// Instances are always normalised: the type is lower case, type-specific case and naming rules are applied,
/// qualifier keys are lower case and sorted, empty qualifier values are dropped, and the subpath has no empty,
/// "." or ".." segments. <see cref="ToString"/> gives the canonical string form.
/// </summary>
public sealed record PackageUrl
{
    private PackageUrl(string type, string? ns, string name, string? version, SortedDictionary<string, string> qualifiers, string? subpath)
    {
        Type = type;
        Namespace = ns;
        Name = name;
        Version = version;
        Qualifiers = qualifiers;
        Subpath = subpath;
    }

    public string Type { get; }

    /// <summary>Namespace segments joined with '/', decoded; null when absent.</summary>
    public string? Namespace { get; }

    public string Name { get; }

    public string? Version { get; }

    /// <summary>Qualifiers sorted by key (ordinal), keys lower case, values decoded and never empty.</summary>
    public IReadOnlyDictionary<string, string> Qualifiers { get; }

    /// <summary>Subpath segments joined with '/', decoded; null when absent.</summary>
    public string? Subpath { get; }

    /// <summary>Parses a purl string (purl-spec "How to parse a purl string in its components").</summary>
    public static PackageUrl Parse(string purl) => PackageUrlParser.Parse(purl);

    public static bool TryParse(string? purl, out PackageUrl? result, out string? error)
    {
        result = null;
        error = null;
        if (purl is null)
        {
            error = "a purl is required";
            return false;
        }

        try
        {
            result = Parse(purl);
            return true;
        }
        catch (PackageUrlException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Builds a purl from decoded components, validating and normalising them like <see cref="Parse"/>.</summary>
    public static PackageUrl Create(
        string? type,
        string? ns,
        string? name,
        string? version = null,
        IEnumerable<KeyValuePair<string, string?>>? qualifiers = null,
        string? subpath = null)
    {
        if (string.IsNullOrEmpty(type))
        {
            throw new PackageUrlException("a type is required");
        }

        // purl-spec "Rules for each purl component", type: ASCII letters, digits, '.', '+', '-'; not starting with a digit.
        if (!char.IsAsciiLetter(type[0]) || !type.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-'))
        {
            throw new PackageUrlException($"invalid type '{type}': only ASCII letters, digits, '.', '+' and '-', starting with a letter");
        }

        type = type.ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            throw new PackageUrlException("a name is required");
        }

        var normalizedNamespace = NormalizeSegments(ns, "namespace", dropDots: false);
        var normalizedSubpath = NormalizeSegments(subpath, "subpath", dropDots: true);
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (rawKey, value) in qualifiers ?? [])
        {
            var key = rawKey.ToLowerInvariant();
            ValidateQualifierKey(key);
            if (string.IsNullOrEmpty(value))
            {
                continue; // purl-spec: a key with an empty value is the same as no key.
            }

            if (!map.TryAdd(key, value))
            {
                throw new PackageUrlException($"duplicate qualifier key '{key}'");
            }
        }

        var finalVersion = string.IsNullOrEmpty(version) ? null : version;
        PackageUrlTypeRules.Apply(ref normalizedNamespace, ref name, ref finalVersion, map, type);
        return new PackageUrl(type, normalizedNamespace, name, finalVersion, map, normalizedSubpath);
    }

    /// <summary>The canonical string (purl-spec "How to build purl string from its components").</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("pkg:").Append(Type).Append('/');
        if (Namespace is not null)
        {
            builder.Append(EncodeSegments(Namespace)).Append('/');
        }

        builder.Append(EncodeName());
        if (Version is not null)
        {
            builder.Append('@').Append(PackageUrlEncoding.Encode(Version));
        }

        var separator = '?';
        foreach (var (key, value) in Qualifiers)
        {
            builder.Append(separator).Append(key).Append('=').Append(PackageUrlEncoding.Encode(value));
            separator = '&';
        }

        if (Subpath is not null)
        {
            builder.Append('#').Append(EncodeSegments(Subpath));
        }

        return builder.ToString();
    }

    public bool Equals(PackageUrl? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    // git-definition.json: the name is "repository name with owner", so its '/' separators stay unencoded.
    private string EncodeName() => Type == "git" ? EncodeSegments(Name) : PackageUrlEncoding.Encode(Name);

    private static string EncodeSegments(string value) => string.Join('/', value.Split('/').Select(PackageUrlEncoding.Encode));

    // purl-spec: qualifier keys are ASCII letters, digits, '.', '-' and '_', and do not start with a digit.
    private static void ValidateQualifierKey(string key)
    {
        if (key.Length == 0 || char.IsAsciiDigit(key[0]) || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new PackageUrlException($"invalid qualifier key '{key}'");
        }
    }

    // Namespace and subpath segments: empty segments are dropped; in a subpath "." and ".." segments too.
    private static string? NormalizeSegments(string? value, string component, bool dropDots)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var segments = value.Split('/').Where(s => s.Length > 0 && !(dropDots && s is "." or "..")).ToList();
        if (!dropDots && segments.Any(s => s is "." or ".."))
        {
            throw new PackageUrlException($"a {component} segment must not be '.' or '..'");
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }
}
