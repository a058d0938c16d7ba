using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace MedPatch.Cli;

/// <summary>Where a command writes: tables and progress for people, JSON for machines, one line for errors.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,

        // Terminal and pipe output, never embedded in HTML: keep quotes and accents readable ("Dräger", 'x').
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>True when standard output is a real terminal, so progress bars and colours make sense.</summary>
    public bool IsInteractive => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    public IAnsiConsole Ansi => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Output),
        Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
    });

    public void WriteJson<T>(T value) => Output.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public void WriteError(string message) => Error.WriteLine("error: " + message);

    public void WriteTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => new Text(cell ?? string.Empty)).ToArray<Spectre.Console.Rendering.IRenderable>());
        }

        var console = Ansi;
        console.Profile.Width = IsInteractive ? console.Profile.Width : 240;
        console.Write(table);
    }
}
