namespace MedPatch.Features.Devices.Import;

/// <summary>Chooses the reader from the file's first bytes, falling back to its extension.</summary>
public static class ImportFormatDetector
{
    public static ImportFormat Detect(string path)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        // Content first: a workbook saved as .csv by mistake is still a zip, and NDJSON often has no .json name.
        if (read >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4)
        {
            return ImportFormat.Xlsx;
        }

        var start = head[..read];
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }

        var firstNonBlank = start.TrimStart(" \t\r\n"u8);
        if (!firstNonBlank.IsEmpty && firstNonBlank[0] == (byte)'{')
        {
            return ImportFormat.FhirJson;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" or ".xlsm" => ImportFormat.Xlsx,
            ".json" or ".ndjson" or ".jsonl" => ImportFormat.FhirJson,
            _ => ImportFormat.Csv,
        };
    }
}
