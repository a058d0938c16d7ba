using System.Globalization;

namespace MedPatch.Benchmarks;

/// <summary>
/// Command line of the matching benchmark:
/// <c>matching [--devices N] [--models N] [--statements N] [--seed N] [--repetitions N] [--sample N] [--batch N]
/// [--postgres CS] [--no-sqlite] [--out FILE]</c>.
/// </summary>
public sealed record MatchingBenchOptions
{
    public const string Usage =
        "usage: MedPatch.Benchmarks matching [--devices 1000000] [--models 5000] [--statements 100000] [--seed 5] [--repetitions 3] [--sample 200] [--batch 1000] [--postgres \"Host=…;Username=…\"] [--no-sqlite] [--out FILE]";

    public int Devices { get; init; } = 1_000_000;
    public int Models { get; init; } = 5_000;
    public int Statements { get; init; } = 100_000;
    public int Seed { get; init; } = 5;
    public int Repetitions { get; init; } = 3;

    /// <summary>How many advisories are replayed one by one through the incremental path.</summary>
    public int Sample { get; init; } = 200;

    /// <summary>How many devices one <c>ForDevices</c> call changes.</summary>
    public int Batch { get; init; } = 1_000;

    /// <summary>Admin connection string of a PostgreSQL server the harness may create and drop databases on.</summary>
    public string? Postgres { get; init; }

    public bool Sqlite { get; init; } = true;
    public string? Output { get; init; }

    /// <summary>The arguments as given, so the report can say exactly which command produced it.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public static MatchingBenchOptions Parse(string[] args)
    {
        var options = new MatchingBenchOptions { Arguments = args };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException(args[i] + " needs a value");
            options = args[i] switch
            {
                "--devices" => options with { Devices = Positive(Value()) },
                "--models" => options with { Models = Positive(Value()) },
                "--statements" => options with { Statements = Positive(Value()) },
                "--seed" => options with { Seed = Positive(Value()) },
                "--repetitions" => options with { Repetitions = Positive(Value()) },
                "--sample" => options with { Sample = Positive(Value()) },
                "--batch" => options with { Batch = Positive(Value()) },
                "--postgres" => options with { Postgres = Value() },
                "--no-sqlite" => options with { Sqlite = false },
                "--out" => options with { Output = Value() },
                _ => throw new FormatException("unknown option " + args[i]),
            };
        }

        return options;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException("expected a positive whole number, got " + text);
}
