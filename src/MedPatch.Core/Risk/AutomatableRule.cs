namespace MedPatch.Core.Risk;

/// <summary>
/// SSVC Automatable from CISA's ADP assessment when there is one, else from the CVSS base metrics: an attack
/// that is reachable over the network (AV:N), needs no special conditions (AC:L, and in v4.0 AT:N), no privileges
/// (PR:N; v2 Au:N) and no user (UI:N) can be scripted end to end, from scanning to exploitation, which is what
/// SSVC means by steps 1-4 of the kill chain. Anything else needs a person somewhere in the chain.
/// </summary>
public static class AutomatableRule
{
    public static Derived<Automatable> Derive(Automatable? adpAutomatable, string? cvssVector, RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (adpAutomatable is { } assessed)
        {
            return new(assessed, RiskReason.AdpAutomatable);
        }

        var reading = Read(cvssVector);
        return reading switch
        {
            RiskReason.CvssAutomatable => new(Automatable.Yes, reading, cvssVector),
            RiskReason.CvssUnusable => new(settings.UnknownAutomatableCountsAs, reading, string.IsNullOrWhiteSpace(cvssVector) ? null : cvssVector),
            _ => new(Automatable.No, reading, cvssVector),
        };
    }

    /// <summary>
    /// Which rule a vector meets. Reads only the metrics the rule needs, without allocating; other metrics are left
    /// to the CVSS calculator to check.
    /// </summary>
    internal static RiskReason Read(string? vector)
    {
        if (string.IsNullOrWhiteSpace(vector))
        {
            return RiskReason.CvssUnusable;
        }

        var rest = vector.AsSpan().Trim();
        int version;
        if (rest.StartsWith("CVSS:4.0/", StringComparison.Ordinal))
        {
            version = 4;
            rest = rest[9..];
        }
        else if (rest.StartsWith("CVSS:3.0/", StringComparison.Ordinal) || rest.StartsWith("CVSS:3.1/", StringComparison.Ordinal))
        {
            version = 3;
            rest = rest[9..];
        }
        else if (rest.StartsWith("CVSS:", StringComparison.Ordinal))
        {
            return RiskReason.CvssUnusable;
        }
        else
        {
            // v2 vectors have no prefix; NVD used to wrap them in parentheses.
            version = 2;
            if (rest.Length > 1 && rest[0] == '(' && rest[^1] == ')')
            {
                rest = rest[1..^1];
            }
        }

        char av = '\0', ac = '\0', at = '\0', pr = '\0', ui = '\0', au = '\0';
        while (!rest.IsEmpty)
        {
            var slash = rest.IndexOf('/');
            var part = slash < 0 ? rest : rest[..slash];
            rest = slash < 0 ? [] : rest[(slash + 1)..];
            var colon = part.IndexOf(':');
            if (colon <= 0 || colon == part.Length - 1)
            {
                return RiskReason.CvssUnusable;
            }

            var key = part[..colon];
            var value = part[(colon + 1)..];
            ref var slot = ref Slot(key, version, ref av, ref ac, ref at, ref pr, ref ui, ref au, out var known);
            if (!known)
            {
                continue;
            }

            if (slot != '\0' || value.Length != 1)
            {
                return RiskReason.CvssUnusable;
            }

            slot = value[0];
        }

        var valid = version switch
        {
            2 => In(av, "LAN") && In(ac, "HML") && In(au, "MSN"),
            3 => In(av, "NALP") && In(ac, "LH") && In(pr, "NLH") && In(ui, "NR"),
            _ => In(av, "NALP") && In(ac, "LH") && In(at, "NP") && In(pr, "NLH") && In(ui, "NPA"),
        };
        if (!valid)
        {
            return RiskReason.CvssUnusable;
        }

        if (av != 'N')
        {
            return RiskReason.CvssNotNetwork;
        }

        if (ac != 'L')
        {
            return RiskReason.CvssComplex;
        }

        if (version == 4 && at != 'N')
        {
            return RiskReason.CvssAttackRequirements;
        }

        if ((version == 2 ? au : pr) != 'N')
        {
            return RiskReason.CvssPrivilegesRequired;
        }

        return version != 2 && ui != 'N' ? RiskReason.CvssUserInteraction : RiskReason.CvssAutomatable;
    }

    private static ref char Slot(
        ReadOnlySpan<char> key, int version, ref char av, ref char ac, ref char at, ref char pr, ref char ui, ref char au, out bool known)
    {
        known = true;
        if (key.SequenceEqual("AV"))
        {
            return ref av;
        }

        if (key.SequenceEqual("AC"))
        {
            return ref ac;
        }

        if (version == 2 && key.SequenceEqual("Au"))
        {
            return ref au;
        }

        if (version == 4 && key.SequenceEqual("AT"))
        {
            return ref at;
        }

        if (version != 2 && key.SequenceEqual("PR"))
        {
            return ref pr;
        }

        if (version != 2 && key.SequenceEqual("UI"))
        {
            return ref ui;
        }

        known = false;
        return ref av;
    }

    private static bool In(char value, string allowed) => value != '\0' && allowed.Contains(value, StringComparison.Ordinal);
}
