using System.Text;

namespace MedPatch.Features.Devices.Export;

/// <summary>RFC 4180 CSV in UTF-8 with a byte order mark, which Excel needs to read non-ASCII names correctly.</summary>
public sealed class CsvRowWriter(string path) : IDeviceRowWriter
{
    private readonly StreamWriter writer = new(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16) { NewLine = "\r\n" };

    public void WriteRow(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var cell = cells[i] ?? string.Empty;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' ')))
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.WriteLine();
    }

    public void Dispose() => writer.Dispose();
}
