using System.CommandLine;
using MedPatch.Cli;

namespace MedPatch.Features.Demo;

public static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var demo = new Command("demo", "Seed a demo health system into the database (if empty) and serve it");
        _ = console;
        return demo;
    }
}
