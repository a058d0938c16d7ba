using System.Globalization;

namespace MedPatch.Benchmarks;

/// <summary>
/// A plain console harness rather than BenchmarkDotNet: one import of 100,000 rows takes seconds and needs a fresh
/// database and a fresh process (for an honest peak-memory figure) every time, which BenchmarkDotNet's many
/// in-process iterations cannot give without turning a minute's measurement into an hour's. Each figure is the
/// median of a few repetitions instead.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ChildImport.Verb)
        {
            return await ChildImport.RunAsync(args[1..]).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == AdvisoryChild.Verb)
        {
            return await AdvisoryChild.RunAsync(args[1..]).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == MatchingChild.Verb)
        {
            return await MatchingChild.RunAsync(args[1..]).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "advisories")
        {
            return await AdvisoriesAsync(args[1..]).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "matching")
        {
            return await MatchingAsync(args[1..]).ConfigureAwait(false);
        }

        if (args.Length == 0 || args[0] != "import")
        {
            await Console.Error.WriteLineAsync(BenchOptions.Usage + Environment.NewLine + AdvisoryBenchOptions.Usage + Environment.NewLine + MatchingBenchOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args[1..]);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message + Environment.NewLine + BenchOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        var report = await new ImportBenchmark(options, Console.Out).RunAsync().ConfigureAwait(false);
        await Console.Out.WriteLineAsync(report).ConfigureAwait(false);
        if (options.Output is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, report).ConfigureAwait(false);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {path}")).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> AdvisoriesAsync(string[] args)
    {
        AdvisoryBenchOptions options;
        try
        {
            options = AdvisoryBenchOptions.Parse(args);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message + Environment.NewLine + AdvisoryBenchOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        string report;
        try
        {
            report = await new AdvisoryBenchmark(options, Console.Out).RunAsync().ConfigureAwait(false);
        }
        catch (IOException ex) when (ex is DirectoryNotFoundException or FileNotFoundException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return 2;
        }

        await Console.Out.WriteLineAsync(report).ConfigureAwait(false);
        if (options.Output is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, report).ConfigureAwait(false);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {path}")).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> MatchingAsync(string[] args)
    {
        MatchingBenchOptions options;
        try
        {
            options = MatchingBenchOptions.Parse(args);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message + Environment.NewLine + MatchingBenchOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        var report = await new MatchingBenchmark(options, Console.Out).RunAsync().ConfigureAwait(false);
        await Console.Out.WriteLineAsync(report).ConfigureAwait(false);
        if (options.Output is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, report).ConfigureAwait(false);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {path}")).ConfigureAwait(false);
        }

        return 0;
    }
}
