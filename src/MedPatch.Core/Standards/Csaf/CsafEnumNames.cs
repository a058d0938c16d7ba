using System.Collections.Frozen;
using System.Text;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// The JSON spelling of the CSAF enumerations: snake_case for all of them except the TLP labels, which the schema
/// spells in capitals. The schema checks and the reader both use these names, so the allowed values live in one place.
/// </summary>
public static class CsafEnumNames
{
    /// <summary>The JSON value of an enumeration member, e.g. <c>vendor_fix</c> or <c>WHITE</c>.</summary>
    public static string ToJson<T>(T value)
        where T : struct, Enum
    {
        return Table<T>.ToJson[value];
    }

    /// <summary>The member a JSON value names; exact, case-sensitive match as the schema demands.</summary>
    public static bool TryParse<T>(string json, out T value)
        where T : struct, Enum
    {
        return Table<T>.FromJson.TryGetValue(json, out value);
    }

    /// <summary>All JSON values of an enumeration in the schema's order.</summary>
    public static IReadOnlyList<string> Values<T>()
        where T : struct, Enum
    {
        return Table<T>.Names;
    }

    private static string Spell(string member, bool upper)
    {
        if (upper)
        {
            return member.ToUpperInvariant();
        }

        var text = new StringBuilder(member.Length + 8);
        foreach (var c in member)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static class Table<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> Names;
        public static readonly FrozenDictionary<T, string> ToJson;
        public static readonly FrozenDictionary<string, T> FromJson;

        static Table()
        {
            var upper = typeof(T) == typeof(CsafTlpLabel);
            var members = Enum.GetValues<T>();
            Names = members.Select(m => Spell(m.ToString(), upper)).ToArray();
            ToJson = members.Zip(Names).ToFrozenDictionary(p => p.First, p => p.Second);
            FromJson = members.Zip(Names).ToFrozenDictionary(p => p.Second, p => p.First, StringComparer.Ordinal);
        }
    }
}
