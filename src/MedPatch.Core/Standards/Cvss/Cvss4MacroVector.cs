using System.Globalization;

namespace MedPatch.Core.Standards.Cvss;

/// <summary>The equivalence-class levels of a v4.0 vector (specification section 8.1, Table 24).</summary>
internal sealed record Cvss4MacroVector(int Eq1, int Eq2, int Eq3, int Eq4, int Eq5, int Eq6)
{
    public string Key => KeyOf(Eq1, Eq2, Eq3, Eq4, Eq5, Eq6);

    public static string KeyOf(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) =>
        string.Create(CultureInfo.InvariantCulture, $"{eq1}{eq2}{eq3}{eq4}{eq5}{eq6}");

    /// <param name="m">The effective value of a metric (modified values applied).</param>
    public static Cvss4MacroVector Of(Func<string, string> m)
    {
        // EQ1: 0 = AV:N and PR:N and UI:N; 1 = (AV:N or PR:N or UI:N), not all of them, and not AV:P; 2 = otherwise.
        var (av, pr, ui) = (m("AV"), m("PR"), m("UI"));
        var eq1 = av == "N" && pr == "N" && ui == "N" ? 0
            : (av == "N" || pr == "N" || ui == "N") && av != "P" ? 1 : 2;

        // EQ2: 0 = AC:L and AT:N; 1 = otherwise.
        var eq2 = m("AC") == "L" && m("AT") == "N" ? 0 : 1;

        // EQ3: 0 = VC:H and VI:H; 1 = VC:H or VI:H or VA:H; 2 = otherwise.
        var (vc, vi, va) = (m("VC"), m("VI"), m("VA"));
        var eq3 = vc == "H" && vi == "H" ? 0 : vc == "H" || vi == "H" || va == "H" ? 1 : 2;

        // EQ4: 0 = MSI:S or MSA:S; 1 = SC:H or SI:H or SA:H; 2 = otherwise.
        var eq4 = m("SI") == "S" || m("SA") == "S" ? 0
            : m("SC") == "H" || m("SI") == "H" || m("SA") == "H" ? 1 : 2;

        // EQ5: 0 = E:A, 1 = E:P, 2 = E:U.
        var eq5 = m("E") switch { "A" => 0, "P" => 1, _ => 2 };

        // EQ6: 0 = (CR:H and VC:H) or (IR:H and VI:H) or (AR:H and VA:H); 1 = otherwise.
        var eq6 = (m("CR") == "H" && vc == "H") || (m("IR") == "H" && vi == "H") || (m("AR") == "H" && va == "H") ? 0 : 1;
        return new Cvss4MacroVector(eq1, eq2, eq3, eq4, eq5, eq6);
    }

    /// <summary>Every combination of the highest-severity vectors of this MacroVector's EQ levels.</summary>
    public IEnumerable<Dictionary<string, string>> HighestSeverityVectors()
    {
        foreach (var a in Cvss4Tables.Eq1Maxes[Eq1])
        {
            foreach (var b in Cvss4Tables.Eq2Maxes[Eq2])
            {
                foreach (var c in Cvss4Tables.Eq3Eq6Maxes[(Eq3 * 10) + Eq6])
                {
                    foreach (var d in Cvss4Tables.Eq4Maxes[Eq4])
                    {
                        yield return string.Join('/', a, b, c, d).Split('/')
                            .Select(pair => pair.Split(':'))
                            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
                    }
                }
            }
        }
    }
}
