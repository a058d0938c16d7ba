using System.Net;
using System.Text.RegularExpressions;

namespace MedPatch.Tests.Ui;

/// <summary>Reads the flat, server-rendered markup of the exposure pages: one table by id, its body rows, a cell's text.</summary>
internal static partial class ExposureHtml
{
    public static string Table(string html, string id)
    {
        var match = Regex.Match(html, $"<table[^>]*id=\"{Regex.Escape(id)}\"[^>]*>(.*?)</table>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no table {id}");
        return match.Groups[1].Value;
    }

    public static bool HasTable(string html, string id) => html.Contains($"id=\"{id}\"", StringComparison.Ordinal);

    /// <summary>The body rows of a table, each as the decoded text of its cells (header cells included, tags dropped).</summary>
    public static List<List<string>> Rows(string table)
    {
        var body = Regex.Match(table, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return [.. Regex.Matches(body, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)
            .Select(row => Regex.Matches(row.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline).Select(cell => Text(cell.Groups[1].Value)).ToList())];
    }

    /// <summary>The body rows' raw markup, for the links in them.</summary>
    public static List<string> RawRows(string table)
    {
        var body = Regex.Match(table, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return [.. Regex.Matches(body, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];
    }

    /// <summary>Markup as a reader sees it: tags dropped, entities decoded, white space collapsed.</summary>
    public static string Text(string markup) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(markup, " ")), " ").Trim();

    public static int Number(string text) => int.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static void AssertNoInlineScriptOrStyle(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
