using System.Globalization;
using System.Text;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>JSONPath spelling of error locations: <c>$.a.b[0]</c>, and <c>$['odd name']</c> for other names.</summary>
internal static class CsafJsonPath
{
    public static string Property(string parent, string name)
    {
        var path = new StringBuilder(parent);
        AppendProperty(path, name);
        return path.ToString();
    }

    public static string Index(string parent, int index)
    {
        return string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");
    }

    public static void AppendProperty(StringBuilder path, string name)
    {
        if (name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$') && !char.IsAsciiDigit(name[0]))
        {
            path.Append('.').Append(name);
        }
        else
        {
            path.Append("['").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }
}
