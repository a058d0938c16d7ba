using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MedPatch.Cli;
using MedPatch.Core.Standards.Cvss;

namespace MedPatch.Features.Vulnerabilities;

/// <summary><c>medpatch cvss VECTOR… [--json]</c>: scores CVSS v2, v3.0, v3.1 and v4.0 vectors; "-" reads standard input.</summary>
public static class CvssCommand
{
    public static Command Create(CliConsole console) => Create(console, () => Console.In);

    public static Command Create(CliConsole console, Func<TextReader> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var json = GlobalOptions.Json();
        var vectors = new Argument<string[]>("VECTOR")
        {
            Description = "CVSS vectors (v2 without prefix, CVSS:3.0/, CVSS:3.1/, CVSS:4.0/); - reads one per line from standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("cvss", "Validate CVSS vectors and calculate their scores and severity") { vectors, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var results = new List<CvssResult>();
            var failed = false;
            foreach (var vector in await ExpandAsync(parseResult.GetValue(vectors) ?? [], input, cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    results.Add(CvssCalculator.Calculate(vector));
                }
                catch (CvssFormatException ex)
                {
                    failed = true;
                    console.WriteError($"{vector}: {ex.Message}");
                }
            }

            if (parseResult.GetValue(json))
            {
                foreach (var result in results)
                {
                    await console.Output.WriteLineAsync(ToJson(result)).ConfigureAwait(false);
                }
            }
            else if (results.Count > 0)
            {
                console.WriteTable(
                    ["Vector", "Version", "Base", "Temporal", "Environmental", "Severity"],
                    results.Select(r => new[] { r.Vector, r.Version, Format(r.BaseScore), Format(r.TemporalScore), Format(r.EnvironmentalScore), r.Severity }));
            }

            return failed ? 1 : 0;
        });
        return command;
    }

    private static async Task<List<string>> ExpandAsync(string[] arguments, Func<TextReader> input, CancellationToken cancellationToken)
    {
        var vectors = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument != "-")
            {
                vectors.Add(argument.Trim());
                continue;
            }

            var reader = input();
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    vectors.Add(line.Trim());
                }
            }
        }

        return vectors;
    }

    private static string? Format(decimal? score) => score?.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>One line: {"vector","version","baseScore","temporalScore","environmentalScore","severity"}.</summary>
    internal static string ToJson(CvssResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("vector", result.Vector);
            writer.WriteString("version", result.Version);
            WriteScore(writer, "baseScore", result.BaseScore);
            WriteScore(writer, "temporalScore", result.TemporalScore);
            WriteScore(writer, "environmentalScore", result.EnvironmentalScore);
            writer.WriteString("severity", result.Severity);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteScore(Utf8JsonWriter writer, string name, decimal? score)
    {
        writer.WritePropertyName(name);
        if (score is { } value)
        {
            writer.WriteRawValue(value.ToString("0.0", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
