namespace MedPatch.Core.Tests.Risk;

/// <summary>Reads SSVC's CSV decision tables in ../shared/data/ssvc/csv/ssvc: a row number, then one label per column.</summary>
internal static class SsvcCsv
{
    public static (string[] Header, List<string[]> Rows) Read(string fileName)
    {
        var path = Path.Combine(SharedData.Require("ssvc/csv/ssvc"), fileName);
        var lines = File.ReadAllLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        Assert.True(lines.Count > 1, "no rows in " + path);

        // Only the header quotes a cell (the outcome's name has commas); rows are plain labels.
        var header = SplitHeader(lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        return (header, rows);
    }

    private static string[] SplitHeader(string line)
    {
        var cells = new List<string>();
        var quoted = false;
        var cell = new System.Text.StringBuilder();
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
