namespace MedPatch.Benchmarks;

/// <summary>
/// A closed version interval of the SQL baseline (null bound: open). Every statement the generator writes is also
/// kept as intervals, so the SQL join compares versions through sortable keys instead of parsing range texts.
/// </summary>
public sealed record VersionInterval(string? Low, bool LowInclusive, string? High, bool HighInclusive)
{
    public static VersionInterval All { get; } = new(null, false, null, false);
}

/// <summary>What the generator knows about one statement: its vulnerability's index, its versions as intervals (null: text no one can compare) and how it names its product.</summary>
public sealed record MatchingStatementFacts(int Vulnerability, IReadOnlyList<VersionInterval>? Intervals, string Shape);
