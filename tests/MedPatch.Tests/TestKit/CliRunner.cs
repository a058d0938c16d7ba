using MedPatch.Cli;

namespace MedPatch.Tests.TestKit;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs <c>medpatch</c> in process, capturing what it prints.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
