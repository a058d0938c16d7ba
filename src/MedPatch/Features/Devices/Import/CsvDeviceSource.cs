using System.Globalization;
using System.Text;
using MedPatch.Core.Inventory;
using Sylvan.Data.Csv;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// Streams a CSV file. UTF-8 (with or without BOM) or UTF-16 with BOM; invalid UTF-8 is an error, never
/// replaced by '?', because a mangled serial number would create a phantom device. The decoder reads ahead of
/// the parser, so invalid bytes are decoded to U+FFFD and reported where that character lands: row and column. Rows are counted as records
/// with the header as row 1, which matches the spreadsheet row unless a cell holds a line break.
/// </summary>
public sealed class CsvDeviceSource : IDeviceSource
{
    private const char Replacement = '\uFFFD';
    private const string InvalidText = "contains bytes that are not valid UTF-8 text; save the file as UTF-8 (or UTF-16 with a byte order mark)";

    private readonly FileStream stream;
    private readonly CsvDataReader csv;
    private readonly HeaderMap map;
    private readonly int headerCount;

    private CsvDeviceSource(FileStream stream, CsvDataReader csv, HeaderMap map)
    {
        this.stream = stream;
        this.csv = csv;
        this.map = map;
        headerCount = map.Columns.Count;
    }

    public IReadOnlyList<bool> Present => map.Present;

    public long Position => stream.Position;

    public long Length => stream.Length;

    public static CsvDeviceSource Open(string path, IReadOnlyDictionary<string, string>? explicitMap, bool facilityGiven)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, 1 << 16);
            CsvDataReader csv;
            try
            {
                csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, OwnsReader = true });
            }
            catch (DecoderFallbackException)
            {
                throw new ImportFileException(1, "(header)", "the header is not valid UTF-8 text; save the file as UTF-8 (or UTF-16 with a byte order mark)");
            }
            catch (CsvFormatException ex)
            {
                throw new ImportFileException(1, "(header)", "the header is not valid CSV: " + ex.Message);
            }

            var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
            if (headers.FindIndex(h => h.Contains(Replacement, StringComparison.Ordinal)) is var bad and >= 0)
            {
                throw new ImportFileException(1, HeaderMap.ColumnLetter(bad), InvalidText);
            }

            if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
            {
                throw new ImportFileException(1, "(header)", "the file is empty: the first row must name the columns");
            }

            var map = HeaderMap.Resolve(headers, explicitMap, facilityGiven);
            if (!map.IsValid)
            {
                throw new ImportFileException(map.Errors);
            }

            return new CsvDeviceSource(stream, csv, map);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public IEnumerable<SourceRow> Rows(CancellationToken cancellationToken)
    {
        var row = 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            string? failure = null;
            string failedColumn = "(row)";
            try
            {
                more = csv.Read();
            }
            catch (DecoderFallbackException)
            {
                more = false;
                failure = "contains bytes that are not valid UTF-8; save the file as UTF-8";
            }
            catch (CsvFormatException ex)
            {
                more = false;
                failedColumn = ColumnName(ex.FieldOrdinal);
                failure = "malformed CSV (a quote that is not closed, or text after a closing quote)";
            }

            row++;
            if (failure is not null)
            {
                // The reader cannot find the next record boundary after this; the rest of the file is unread.
                yield return SourceRow.Failed(row, failedColumn, failure);
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            var count = csv.RowFieldCount;
            if (count == 1 && headerCount > 1 && csv.GetString(0).Length == 0)
            {
                continue;
            }

            if (count != headerCount)
            {
                var column = count < headerCount ? ColumnName(count) : HeaderMap.ColumnLetter(headerCount);
                yield return SourceRow.Failed(row, column, string.Create(CultureInfo.InvariantCulture, $"the row has {count} fields but the header has {headerCount} (a missing or extra delimiter?)"));
                continue;
            }

            var values = new string?[DeviceColumns.Count];
            var invalid = -1;
            for (var i = 0; i < count; i++)
            {
                var text = csv.GetString(i);
                if (invalid < 0 && text.Contains(Replacement, StringComparison.Ordinal))
                {
                    invalid = i;
                }

                if (map.Columns[i] is { } canonical)
                {
                    values[(int)canonical] = text;
                }
            }

            yield return invalid >= 0 ? SourceRow.Failed(row, ColumnName(invalid), InvalidText) : new SourceRow(row, values, null);
        }
    }

    public void Dispose()
    {
        csv.Dispose();
        stream.Dispose();
    }

    private string ColumnName(int index) =>
        index >= 0 && index < headerCount
            ? map.Columns[index] is { } c ? DeviceColumns.Name(c) : csv.GetName(index)
            : HeaderMap.ColumnLetter(Math.Max(0, index));
}
