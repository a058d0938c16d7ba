using System.Text.RegularExpressions;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// The regular expressions of the CSAF 2.0 and FIRST CVSS schemas. JSON schema patterns are ECMA-262 expressions,
/// so they are written here with ECMA-262 meaning spelled out for .NET: "$" as \z (a .NET "$" also matches before a
/// final newline), \d as [0-9], \s and "." as the ECMA-262 classes. The engine is non-backtracking because the CPE
/// expression nests quantifiers and documents are untrusted.
/// </summary>
internal static class CsafPatterns
{
    // ECMA-262 WhiteSpace and LineTerminator, which is what \s matches there.
    private const string Space = @"\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    // ECMA-262 "." without the s flag: anything but a line terminator.
    private const string Dot = @"[^\n\r\u2028\u2029]";

    private const string Quoted = @"\\[\\*?!""#$%&'()+,/:;<=>@\[\]^`{|}~]";

    private const string CpeComponent = @"(((\?*|\*?)([a-zA-Z0-9\-._]|" + Quoted + @")+(\?*|\*?))|[*\-])";

    public static readonly Regex Cve = Create(@"^CVE-[0-9]{4}-[0-9]{4,}\z");

    public static readonly Regex Cwe = Create(@"^CWE-[1-9][0-9]{0,5}\z");

    /// <summary>document/category: no leading or trailing white space, dash, underscore or dot.</summary>
    public static readonly Regex DocumentCategory = Create(
        "^[^" + Space + @"\-_.](" + Dot + "*[^" + Space + @"\-_.])?\z");

    /// <summary>tracking/id: no leading or trailing white space.</summary>
    public static readonly Regex TrackingId = Create("^[^" + Space + "](" + Dot + "*[^" + Space + @"])?\z");

    /// <summary>BCP 47 language tag (RFC 5646 grammar as the schema writes it).</summary>
    public static readonly Regex Lang = Create(
        @"^(([A-Za-z]{2,3}(-[A-Za-z]{3}(-[A-Za-z]{3}){0,2})?|[A-Za-z]{4,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
        + @"(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[A-WY-Za-wy-z0-9](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?"
        + @"|[Xx](-[A-Za-z0-9]{1,8})+|[Ii]-[Dd][Ee][Ff][Aa][Uu][Ll][Tt]|[Ii]-[Mm][Ii][Nn][Gg][Oo])\z");

    /// <summary>Integer versioning ("0", "12") or semantic versioning 2.0.0 ("1.0.0-rc.1+build.5").</summary>
    public static readonly Regex Version = Create(
        @"^(0|[1-9][0-9]*)\z|^((0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"
        + @"(-((0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        + @"(\+([0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*))?)\z");

    /// <summary>
    /// CPE 2.3 formatted string or CPE 2.2 URI. As in the schema, "^" binds to the 2.3 alternative only and "$" to the
    /// 2.2 one only, so a 2.3 name may be followed and a 2.2 name preceded by other text; conformance means the same
    /// verdict as the schema.
    /// </summary>
    public static readonly Regex Cpe = Create(
        @"^(cpe:2\.3:[aho*\-](:" + CpeComponent + @"){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[*\-]))(:" + CpeComponent + @"){4})"
        + @"|([c][pP][eE]:/[AHOaho]?(:[A-Za-z0-9._\-~%]*){0,6})\z");

    public static readonly Regex Purl = Create(@"^pkg:[A-Za-z.\-+][A-Za-z0-9.\-+]*/" + Dot);

    public static readonly Regex HashValue = Create(@"^[0-9a-fA-F]{32,}\z");

    private const string Cvss3Metric =
        @"(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]"
        + @"|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])";

    public static readonly Regex Cvss30Vector = Create(@"^CVSS:3[.]0/(" + Cvss3Metric + "/)*" + Cvss3Metric + @"\z");

    public static readonly Regex Cvss31Vector = Create(@"^CVSS:3[.]1/(" + Cvss3Metric + "/)*" + Cvss3Metric + @"\z");

    private const string Cvss2Metric =
        @"(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)"
        + @"|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))";

    public static readonly Regex Cvss2Vector = Create("^(" + Cvss2Metric + "/)*" + Cvss2Metric + @"\z");

    private static Regex Create(string pattern)
    {
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(2));
    }
}
