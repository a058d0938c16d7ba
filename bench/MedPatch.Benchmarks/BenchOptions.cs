using System.Globalization;

namespace MedPatch.Benchmarks;

/// <summary>Command line of the harness: <c>import [--rows N] [--repetitions N] [--postgres CS] [--no-sqlite] [--out FILE]</c>.</summary>
public sealed record BenchOptions
{
    public const string Usage =
        "usage: MedPatch.Benchmarks import [--rows 100000] [--repetitions 3] [--postgres \"Host=…;Username=…\"] [--no-sqlite] [--out FILE]";

    public int Rows { get; init; } = 100_000;
    public int Repetitions { get; init; } = 3;

    /// <summary>Admin connection string of a PostgreSQL server the harness may create and drop databases on.</summary>
    public string? Postgres { get; init; }

    public bool Sqlite { get; init; } = true;
    public string? Output { get; init; }

    /// <summary>The arguments as given, so the report can say exactly which command produced it.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions { Arguments = args };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException(args[i] + " needs a value");
            options = args[i] switch
            {
                "--rows" => options with { Rows = Positive(Value()) },
                "--repetitions" => options with { Repetitions = Positive(Value()) },
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
