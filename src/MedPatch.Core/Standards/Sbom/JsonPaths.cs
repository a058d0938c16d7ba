using System.Globalization;

namespace MedPatch.Core.Standards.Sbom;

/// <summary>Builds JSONPath steps; names that are not plain identifiers (bom-ref, x-trust-boundary) use brackets.</summary>
internal static class JsonPaths
{
    public static string Member(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '$')
            {
                return "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? "['']" : "." + name;
    }

    public static string Member(string path, string name) => path + Member(name);

    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
}
