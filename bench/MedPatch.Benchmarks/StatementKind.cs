namespace MedPatch.Benchmarks;

/// <summary>Names a SQL command for a profile: its verb and the first table it names, and whether it holds several statements.</summary>
public static class StatementKind
{
    public static string Of(string commandText)
    {
        var words = commandText.Split([' ', '\n', '\r', '\t', '(', ';'], StringSplitOptions.RemoveEmptyEntries);
        var verb = words.FirstOrDefault()?.ToUpperInvariant() ?? "?";
        var at = verb is "UPDATE" or "COPY" ? 0 : Array.FindIndex(words, w => w.Equals("FROM", StringComparison.OrdinalIgnoreCase) || w.Equals("INTO", StringComparison.OrdinalIgnoreCase));
        var table = at >= 0 && at + 1 < words.Length ? words[at + 1].Trim('"', '`') : string.Empty;
        var statements = commandText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        return (verb + " " + table).Trim() + (statements > 1 ? " (batched)" : string.Empty);
    }
}
