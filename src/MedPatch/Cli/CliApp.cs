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
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error);
        var root = Build(console);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ex.ExitCode;
        }
    }
}
