using System.CommandLine;
using MedPatch.Features.Database;
using MedPatch.Features.Demo;
using MedPatch.Features.Devices;
using MedPatch.Features.Manufacturers;
using MedPatch.Features.Models;
using MedPatch.Web;

namespace MedPatch.Cli;

/// <summary>The <c>medpatch</c> command tree. Each feature adds its own verbs; this only assembles them.</summary>
public static class CliApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("MedPatch: medical-device vulnerability and patch management");
        root.Options.Add(GlobalOptions.Db);

        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(DatabaseCommands.Create(console));
        root.Subcommands.Add(ImportCommands.Create(console));
        root.Subcommands.Add(ExportCommands.Create(console));
        root.Subcommands.Add(DeviceCommands.Create(console));
        root.Subcommands.Add(ModelCommands.Create(console));
        root.Subcommands.Add(ManufacturerCommands.Create(console));
        root.Subcommands.Add(MedPatch.Features.Segments.SegmentCommands.Create(console));
        root.Subcommands.Add(MedPatch.Features.Users.UsersCommands.Create(console));
        root.Subcommands.Add(MedPatch.Features.Auditing.AuditCommands.Create(console));
        root.Subcommands.Add(MedPatch.Features.Vulnerabilities.CvssCommand.Create(console));
        root.Subcommands.Add(MedPatch.Features.Intelligence.IntelligenceListCommands.Vulnerabilities(console));
        root.Subcommands.Add(MedPatch.Features.Intelligence.IntelligenceListCommands.Advisories(console));
        root.Subcommands.Add(MedPatch.Features.Validation.ValidateCommands.Create(console));
        root.Subcommands.Add(MedPatch.Features.Exposures.ExposureCommands.Match(console));
        root.Subcommands.Add(MedPatch.Features.Exposures.ExposureCommands.List(console));
        root.Subcommands.Add(MedPatch.Features.Triage.TriageCommands.Create(console));
        root.Subcommands.Add(MedPatch.Features.Ranking.RiskSettingsCommands.Create(console));
        root.Subcommands.Add(MedPatch.Features.Mitigations.MitigationCommands.Create(console));
        return root;
    }

    private static string OneLine(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null && inner is Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            inner = inner.InnerException;
        }

        return inner.Message.ReplaceLineEndings(" ");
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error);
        var root = Build(console);
        // Our own handler below turns every failure into one line; the library's would print a stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("error: cancelled").ConfigureAwait(false);
            return 130;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync("error: " + OneLine(ex)).ConfigureAwait(false);
            if (Environment.GetEnvironmentVariable("MEDPATCH_DEBUG") == "1")
            {
                await error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return 1;
        }
    }
}
