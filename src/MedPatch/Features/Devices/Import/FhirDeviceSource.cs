using System.Globalization;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using MedPatch.Core.Inventory;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// HL7 FHIR R4 Device resources: NDJSON (one resource per line, streamed; row = line) or a Bundle / single
/// Device document (row = entry number). Any other resource type is an error naming its row.
/// </summary>
public sealed class FhirDeviceSource : IDeviceSource
{
    private static readonly JsonSerializerOptions FhirOptions = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    private readonly FileStream stream;
    private readonly bool ndjson;
    private readonly bool[] present;

    private FhirDeviceSource(FileStream stream, bool ndjson)
    {
        this.stream = stream;
        this.ndjson = ndjson;
        present = new bool[DeviceColumns.Count];
        foreach (var column in FhirDeviceMapping.Columns)
        {
            present[(int)column] = true;
        }
    }

    public IReadOnlyList<bool> Present => present;

    public long Position => stream.Position;

    public long Length => stream.Length;

    public static FhirDeviceSource Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            return new FhirDeviceSource(stream, IsNdjson(path, stream));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public IEnumerable<SourceRow> Rows(CancellationToken cancellationToken) => ndjson ? Lines(cancellationToken) : Bundle(cancellationToken);

    public void Dispose() => stream.Dispose();

    // NDJSON: the first line is a whole JSON object and is not a Bundle. A pretty-printed Bundle's first line is "{".
    private static bool IsNdjson(string path, FileStream stream)
    {
        if (Path.GetExtension(path).ToLowerInvariant() is ".ndjson" or ".jsonl")
        {
            return true;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8, true, 1 << 12, leaveOpen: true);
        var first = reader.ReadLine();
        stream.Position = 0;
        try
        {
            using var document = JsonDocument.Parse(first ?? string.Empty);
            return !(document.RootElement.ValueKind == JsonValueKind.Object &&
                     document.RootElement.TryGetProperty("resourceType", out var type) &&
                     type.ValueKind == JsonValueKind.String && type.GetString() == "Bundle");
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private IEnumerable<SourceRow> Lines(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), true, 1 << 16, leaveOpen: true);
        var line = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? text;
            string? failure = null;
            try
            {
                text = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                text = null;
                failure = "contains bytes that are not valid UTF-8";
            }

            line++;
            if (failure is not null)
            {
                yield return SourceRow.Failed(line, "(line)", failure);
                yield break;
            }

            if (text is null)
            {
                yield break;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Parse(line, text);
        }
    }

    private IEnumerable<SourceRow> Bundle(CancellationToken cancellationToken)
    {
        string text;
        JsonDocument document;
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), true, 1 << 16, leaveOpen: true);
            text = reader.ReadToEnd();
            document = JsonDocument.Parse(text);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException(0, "(file)", "the file contains bytes that are not valid UTF-8");
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw new ImportFileException(line, "(json)", string.Create(CultureInfo.InvariantCulture, $"invalid or truncated JSON at line {line}, byte {ex.BytePositionInLine + 1}"));
        }

        using (document)
        {
            var root = document.RootElement;
            var type = ResourceType(root);
            if (type != "Bundle")
            {
                yield return Parse(1, root.GetRawText());
                yield break;
            }

            if (!root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                yield break;
            }

            var number = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                cancellationToken.ThrowIfCancellationRequested();
                number++;
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("resource", out var resource))
                {
                    yield return SourceRow.Failed(number, "resource", $"entry {number} has no resource");
                    continue;
                }

                yield return Parse(number, resource.GetRawText(), $"entry {number}");
            }
        }
    }

    private static SourceRow Parse(int row, string json, string? where = null)
    {
        where ??= "line " + row.ToString(CultureInfo.InvariantCulture);
        string? type;
        try
        {
            using var document = JsonDocument.Parse(json);
            type = ResourceType(document.RootElement);
        }
        catch (JsonException ex)
        {
            return SourceRow.Failed(row, "(json)", string.Create(CultureInfo.InvariantCulture, $"{where} is not valid JSON (truncated?) at byte {ex.BytePositionInLine + 1}"));
        }

        if (type != "Device")
        {
            return SourceRow.Failed(row, "resourceType", $"{where} is a {(string.IsNullOrEmpty(type) ? "resource without resourceType" : type)}, not a Device");
        }

        try
        {
            var device = JsonSerializer.Deserialize<Resource>(json, FhirOptions) as Device;
            return device is null
                ? SourceRow.Failed(row, "resourceType", $"{where} is not a Device")
                : new SourceRow(row, FhirDeviceMapping.ToValues(device), null);
        }
        catch (Exception ex) when (ex is DeserializationFailedException or JsonException or FormatException)
        {
            return SourceRow.Failed(row, "(resource)", $"{where} is not a valid FHIR R4 Device: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static string? ResourceType(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;
}
