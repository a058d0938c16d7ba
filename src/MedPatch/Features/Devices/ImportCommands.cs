using System.CommandLine;
using MedPatch.Cli;

namespace MedPatch.Features.Devices;

public static class ImportCommands
{
    public static Command Create(CliConsole console)
    {
        var import = new Command("import", "Import data into MedPatch");
        _ = console;
        return import;
    }
}
