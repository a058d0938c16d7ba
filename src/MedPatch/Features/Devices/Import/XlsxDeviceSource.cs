using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MedPatch.Core.Inventory;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// Streams the first worksheet of an XLSX workbook row by row. Formulas are rejected: the cached result may be
/// stale, and a formula in an inventory usually means a copy-paste from a working sheet, not data.
/// </summary>
public sealed class XlsxDeviceSource : IDeviceSource
{
    private readonly FileStream stream;
    private readonly SpreadsheetDocument document;
    private readonly WorksheetPart sheet;
    private readonly IReadOnlyList<string> sharedStrings;
    private readonly HeaderMap map;
    private readonly int headerRow;

    private XlsxDeviceSource(FileStream stream, SpreadsheetDocument document, WorksheetPart sheet, IReadOnlyList<string> sharedStrings, HeaderMap map, int headerRow)
    {
        this.stream = stream;
        this.document = document;
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.map = map;
        this.headerRow = headerRow;
    }

    public IReadOnlyList<bool> Present => map.Present;

    public long Position { get; private set; }

    public long Length => stream.Length;

    public static XlsxDeviceSource Open(string path, IReadOnlyDictionary<string, string>? explicitMap, bool facilityGiven)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        SpreadsheetDocument? document = null;
        try
        {
            WorksheetPart sheet;
            List<string> shared;
            try
            {
                document = SpreadsheetDocument.Open(stream, false);
                var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no workbook part");
                var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("the workbook has no worksheet");
                sheet = (WorksheetPart)workbook.GetPartById(first.Id?.Value ?? string.Empty);
                shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            }
            catch (Exception ex) when (ex is not ImportFileException and not OperationCanceledException)
            {
                throw new ImportFileException(0, "(file)", "not a readable XLSX workbook (truncated or damaged?): " + ex.Message.ReplaceLineEndings(" "));
            }

            var (headerRow, headerCells) = ReadHeader(sheet, shared);
            var map = HeaderMap.Resolve(headerCells, explicitMap, facilityGiven, headerRow);
            if (!map.IsValid)
            {
                throw new ImportFileException(map.Errors);
            }

            return new XlsxDeviceSource(stream, document, sheet, shared, map, headerRow);
        }
        catch
        {
            document?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    public IEnumerable<SourceRow> Rows(CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(sheet);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Row? row;
            string? failure = null;
            try
            {
                row = NextRow(reader);
            }
            catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or IOException)
            {
                row = null;
                failure = "the worksheet cannot be read (truncated or damaged?): " + ex.Message.ReplaceLineEndings(" ");
            }

            if (failure is not null)
            {
                yield return SourceRow.Failed(0, "(file)", failure);
                yield break;
            }

            if (row is null)
            {
                Position = Length;
                yield break;
            }

            var number = (int)(row.RowIndex?.Value ?? 0);
            if (number <= headerRow)
            {
                continue;
            }

            var values = new string?[DeviceColumns.Count];
            ImportError? error = null;
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var index = ColumnIndex(cell.CellReference?.Value, next);
                next = index + 1;
                if (index >= map.Columns.Count || map.Columns[index] is not { } column)
                {
                    if (index >= map.Columns.Count && !string.IsNullOrWhiteSpace(CellText(cell, sharedStrings)))
                    {
                        error ??= new ImportError(number, HeaderMap.ColumnLetter(index), $"cell {cell.CellReference} has a value but its column has no header");
                    }

                    continue;
                }

                if (cell.CellFormula is not null)
                {
                    error ??= new ImportError(number, DeviceColumns.Name(column), $"cell {cell.CellReference} contains a formula (={cell.CellFormula.Text}); paste values only");
                    continue;
                }

                var text = CellText(cell, sharedStrings);
                values[(int)column] = column == DeviceColumn.EndOfSupport ? DateFromSerial(cell, text) : text;
            }

            if (error is not null)
            {
                yield return new SourceRow(number, null, error);
            }
            else if (values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                yield return new SourceRow(number, values, null);
            }
        }
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private static (int Row, List<string> Cells) ReadHeader(WorksheetPart sheet, IReadOnlyList<string> shared)
    {
        using var reader = OpenXmlReader.Create(sheet);
        Row? row;
        try
        {
            row = NextRow(reader);
            while (row is not null && row.Elements<Cell>().All(c => string.IsNullOrWhiteSpace(CellText(c, shared))))
            {
                row = NextRow(reader);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new ImportFileException(0, "(file)", "the worksheet cannot be read (truncated or damaged?): " + ex.Message.ReplaceLineEndings(" "));
        }

        if (row is null)
        {
            throw new ImportFileException(1, "(header)", "the first worksheet is empty: its first row must name the columns");
        }

        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var index = ColumnIndex(cell.CellReference?.Value, cells.Count);
            if (cell.CellFormula is not null)
            {
                throw new ImportFileException((int)(row.RowIndex?.Value ?? 1), HeaderMap.ColumnLetter(index), $"header cell {cell.CellReference} contains a formula; paste values only");
            }

            while (cells.Count < index)
            {
                cells.Add(string.Empty);
            }

            cells.Add(CellText(cell, shared));
        }

        // Trailing blank header cells are formatting leftovers, not columns.
        while (cells.Count > 0 && string.IsNullOrWhiteSpace(cells[^1]))
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return ((int)(row.RowIndex?.Value ?? 1), cells);
    }

    private static Row? NextRow(OpenXmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                return (Row)reader.LoadCurrentElement()!;
            }
        }

        return null;
    }

    private static string CellText(Cell cell, IReadOnlyList<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "yes" : "no";
        }

        return raw;
    }

    // Excel keeps dates as day numbers since 1899-12-30; a text cell is parsed like CSV later.
    private static string DateFromSerial(Cell cell, string text)
    {
        var type = cell.DataType?.Value;
        if ((type is null || type == CellValues.Number) &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return text;
    }

    // Cells without a reference are allowed by the format and follow the previous cell.
    private static int ColumnIndex(string? reference, int fallback)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return fallback;
        }

        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index > 0 ? index - 1 : fallback;
    }
}
