using System.Diagnostics;
using System.Globalization;

namespace MedPatch.Benchmarks;

/// <summary>Runs a program to completion, timing it and sampling its peak resident set (VmHWM) from /proc.</summary>
public static class ProcessMeter
{
    public static async Task<Measurement> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;

        // VmHWM only grows, so the last sample before exit is the peak to within one sampling interval's growth.
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            await Task.Delay(5).ConfigureAwait(false);
        }

        await process.WaitForExitAsync().ConfigureAwait(false);
        stopwatch.Stop();
        return new Measurement(stopwatch.Elapsed.TotalSeconds, peak, process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: /proc entries of a finished process vanish.
        }

        return 0;
    }
}
