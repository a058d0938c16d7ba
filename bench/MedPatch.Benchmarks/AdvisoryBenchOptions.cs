using System.Globalization;

namespace MedPatch.Benchmarks;

/// <summary>
/// Command line of the advisory benchmark:
/// <c>advisories [--data DIR] [--repetitions N] [--postgres CS] [--no-sqlite] [--no-profile] [--out FILE]</c>.
/// </summary>
public sealed record AdvisoryBenchOptions
{
    public const string Usage =
        "usage: MedPatch.Benchmarks advisories [--data ../shared/data] [--repetitions 3] [--postgres \"Host=…;Username=…\"] [--no-sqlite] [--no-profile] [--out FILE]";

    /// <summary>The public datasets folder; null means ../shared/data beside the repository root.</summary>
    public string? Data { get; init; }

    public int Repetitions { get; init; } = 3;

    /// <summary>Admin connection string of a PostgreSQL server the harness may create and drop databases on.</summary>
    public string? Postgres { get; init; }

    public bool Sqlite { get; init; } = true;

    /// <summary>Whether to add the one-off timed breakdown of an import (where the time goes) after the medians.</summary>
    public bool Profile { get; init; } = true;

    public string? Output { get; init; }

    /// <summary>The arguments as given, so the report can say exactly which command produced it.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public static AdvisoryBenchOptions Parse(string[] args)
    {
        var options = new AdvisoryBenchOptions { Arguments = args };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException(args[i] + " needs a value");
            options = args[i] switch
            {
                "--data" => options with { Data = Value() },
                "--repetitions" => options with { Repetitions = Positive(Value()) },
                "--postgres" => options with { Postgres = Value() },
                "--no-sqlite" => options with { Sqlite = false },
                "--no-profile" => options with { Profile = false },
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
