using System.Globalization;
using System.Text;
using System.Text.Json;
using MedPatch.Core.Auditing;
using MedPatch.Features.Devices.Export;

namespace MedPatch.Features.Auditing;

/// <summary>
/// Writes audit records as CSV (UTF-8 with a byte order mark; cells that a spreadsheet would run as a formula are
/// neutralised) or as a JSON array, streaming, newest first.
/// </summary>
public sealed class AuditExport(AuditQueries queries)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "sequence", "at", "actor_kind", "actor", "organization_id", "action", "entity_type", "entity_id", "before", "after",
        "reason", "request_id", "client_address", "previous_hash", "hash",
    ];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static bool IsFormat(string? format) => format is "csv" or "json";

    public async Task<int> WriteAsync(Stream stream, string format, AuditFilter filter, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return format == "json"
            ? await WriteJsonAsync(stream, filter, limit, cancellationToken).ConfigureAwait(false)
            : await WriteCsvAsync(stream, filter, limit, cancellationToken).ConfigureAwait(false);
    }

    public static string?[] Cells(AuditRecord r) =>
    [
        r.Sequence.ToString(CultureInfo.InvariantCulture), Instant(r.At), r.ActorKind, r.Actor, r.OrganizationId?.ToString("D"),
        r.Action, r.EntityType, r.EntityId, r.Before, r.After, r.Reason, r.RequestId, r.ClientAddress, r.PreviousHash, r.Hash,
    ];

    public static string Instant(DateTime at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture);

    private async Task<int> WriteCsvAsync(Stream stream, AuditFilter filter, int? limit, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            await WriteCsvRowAsync(writer, Columns).ConfigureAwait(false);
            var count = 0;
            await foreach (var record in queries.StreamAsync(filter, limit, cancellationToken).ConfigureAwait(false))
            {
                await WriteCsvRowAsync(writer, Cells(record).Select(CellNeutralizer.Neutralize).ToList()).ConfigureAwait(false);
                count++;
            }

            return count;
        }
    }

    private static async Task WriteCsvRowAsync(TextWriter writer, IReadOnlyList<string?> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var cell = cells[i] ?? string.Empty;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (cell[0] == ' ' || cell[^1] == ' ')))
            {
                line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(cell);
            }
        }

        await writer.WriteLineAsync(line, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task<int> WriteJsonAsync(Stream stream, AuditFilter filter, int? limit, CancellationToken cancellationToken)
    {
        var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartArray();
            var count = 0;
            await foreach (var record in queries.StreamAsync(filter, limit, cancellationToken).ConfigureAwait(false))
            {
                JsonSerializer.Serialize(json, AuditRecordResponse.From(record), JsonOptions);
                if (++count % 500 == 0)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }
}
