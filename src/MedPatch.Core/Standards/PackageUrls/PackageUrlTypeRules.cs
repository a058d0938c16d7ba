namespace MedPatch.Core.Standards.PackageUrls;

/// <summary>
/// Type-specific rules from the purl-spec type definitions (types/&lt;type&gt;-definition.json):
/// namespace requirement, case sensitivity of namespace, name and version, and the normalisation rules
/// their notes describe. Types not listed here have no extra rules (purl-spec: "unknown types are valid").
/// </summary>
internal static class PackageUrlTypeRules
{
    // namespace_definition.requirement == "required"
    private static readonly HashSet<string> NamespaceRequired = new(StringComparer.Ordinal)
    {
        "alpm", "apk", "bitbucket", "composer", "deb", "git", "github", "golang", "huggingface", "maven", "qpkg",
        "rpm", "swift", "vscode-extension",
    };

    // namespace_definition.requirement == "prohibited"
    private static readonly HashSet<string> NamespaceProhibited = new(StringComparer.Ordinal)
    {
        "bazel", "bitnami", "cargo", "chrome-extension", "cocoapods", "conda", "cran", "gem", "hackage", "julia",
        "mlflow", "nuget", "oci", "opam", "otp", "pub", "pypi", "vcpkg",
    };

    // namespace_definition.case_sensitive == false: lower-cased
    private static readonly HashSet<string> NamespaceLower = new(StringComparer.Ordinal)
    {
        "alpm", "apk", "bitbucket", "brew", "composer", "deb", "git", "github", "hex", "luarocks", "qpkg", "rpm",
        "vscode-extension", "yocto",
    };

    // name_definition.case_sensitive == false: lower-cased
    private static readonly HashSet<string> NameLower = new(StringComparer.Ordinal)
    {
        "alpm", "apk", "bitbucket", "bitnami", "brew", "chrome-extension", "composer", "deb", "git", "github", "hex",
        "luarocks", "oci", "otp", "pub", "pypi", "vscode-extension",
    };

    // version_definition.case_sensitive == false: lower-cased
    private static readonly HashSet<string> VersionLower = new(StringComparer.Ordinal) { "huggingface", "oci" };

    // Types whose definition requires a version (conan, cran, swift, hackage examples in the test suite).
    private static readonly HashSet<string> VersionRequired = new(StringComparer.Ordinal) { "cran", "swift", "hackage" };

    public static void Apply(ref string? ns, ref string name, ref string? version, IDictionary<string, string> qualifiers, string type)
    {
        if (NamespaceRequired.Contains(type) && string.IsNullOrEmpty(ns))
        {
            throw new PackageUrlException($"a namespace is required for type '{type}'");
        }

        if (NamespaceProhibited.Contains(type) && !string.IsNullOrEmpty(ns))
        {
            throw new PackageUrlException($"a namespace is not allowed for type '{type}'");
        }

        if (VersionRequired.Contains(type) && string.IsNullOrEmpty(version))
        {
            throw new PackageUrlException($"a version is required for type '{type}'");
        }

        if (ns is not null && NamespaceLower.Contains(type))
        {
            ns = ns.ToLowerInvariant();
        }

        if (NameLower.Contains(type))
        {
            name = name.ToLowerInvariant();
        }

        if (version is not null && VersionLower.Contains(type))
        {
            version = version.ToLowerInvariant();
        }

        switch (type)
        {
            case "pypi":
                // pypi-definition.json: "Replace underscore _ with dash -".
                name = name.Replace('_', '-');
                break;
            case "mlflow":
                // mlflow-definition.json: names are case insensitive on Databricks, sensitive on Azure ML.
                if (qualifiers.TryGetValue("repository_url", out var url) && url.Contains("azuredatabricks.net", StringComparison.OrdinalIgnoreCase))
                {
                    name = name.ToLowerInvariant();
                }

                break;
            case "cpan":
                // cpan-definition.json: the name is a distribution name, never a module name with "::".
                if (name.Contains("::", StringComparison.Ordinal))
                {
                    throw new PackageUrlException("a cpan name is a distribution name and must not contain '::'");
                }

                break;
            case "julia":
                // julia-definition.json: the uuid qualifier is required.
                if (!qualifiers.ContainsKey("uuid"))
                {
                    throw new PackageUrlException("a julia purl requires the 'uuid' qualifier");
                }

                break;
            case "chrome-extension":
                ValidateChromeExtension(name, version);
                break;
        }
    }

    // chrome-extension-definition.json: the id is 32 letters a-p; the version has 1 to 4 numeric parts.
    private static void ValidateChromeExtension(string name, string? version)
    {
        if (name.Length != 32 || name.Any(c => c is < 'a' or > 'p'))
        {
            throw new PackageUrlException("a chrome-extension name is a 32-character id of letters a-p");
        }

        if (version is null)
        {
            return;
        }

        var parts = version.Split('.');
        if (parts.Length > 4 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            throw new PackageUrlException("a chrome-extension version has one to four numeric parts");
        }
    }
}
