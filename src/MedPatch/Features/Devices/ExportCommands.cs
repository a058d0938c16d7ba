using System.CommandLine;
using MedPatch.Cli;

namespace MedPatch.Features.Devices;

public static class ExportCommands
{
    public static Command Create(CliConsole console)
    {
        var export = new Command("export", "Export data from MedPatch");
        _ = console;
        return export;
    }
}
