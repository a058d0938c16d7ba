using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using MedPatch.Core.Standards.CycloneDx;
using MedPatch.Core.Standards.Spdx;

namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// Reads an SBOM or VEX upload whatever its format: CycloneDX JSON (bomFormat "CycloneDX"), CycloneDX XML
/// (namespace http://cyclonedx.org/schema/bom/1.x) or SPDX 2.x JSON (spdxVersion "SPDX-2.x"). The format is taken
/// from the content; the file name only sharpens the message for formats that are not supported. Never throws for
/// bad input: every problem comes back as an <see cref="SbomError"/>.
/// </summary>
public static class SbomReader
{
    public static SbomReadResult Read(Stream stream, string? fileName = null, SpdxLicenseList? licenses = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > SbomLimits.MaxDocumentBytes)
            {
                return TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), fileName, licenses);
    }

    public static async Task<SbomReadResult> ReadAsync(Stream stream, string? fileName = null, SpdxLicenseList? licenses = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > SbomLimits.MaxDocumentBytes)
            {
                return TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), fileName, licenses);
    }

    public static SbomReadResult Read(ReadOnlyMemory<byte> content, string? fileName = null, SpdxLicenseList? licenses = null)
    {
        if (content.Length > SbomLimits.MaxDocumentBytes)
        {
            return TooLarge();
        }

        var bytes = content.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
            bytes = content.Span;
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return SbomReadResult.Fail("$", "the document is UTF-16; SBOMs are read as UTF-8");
        }

        if (!Utf8.IsValid(bytes))
        {
            return SbomReadResult.Fail(InvalidUtf8Position(bytes), "the document is not valid UTF-8");
        }

        var start = 0;
        while (start < bytes.Length && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start == bytes.Length)
        {
            return SbomReadResult.Fail("$", "the document is empty");
        }

        return bytes[start] switch
        {
            (byte)'{' or (byte)'[' => ReadJson(content, licenses),
            (byte)'<' => CycloneDxXmlReader.Read(content),
            _ => NotJsonOrXml(bytes, fileName),
        };
    }

    private static SbomReadResult ReadJson(ReadOnlyMemory<byte> content, SpdxLicenseList? licenses)
    {
        if (JsonPreScan.Check(content.Span) is { } syntax)
        {
            return new SbomReadResult(null, [syntax], []);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = SbomLimits.MaxDepth + 2 });
        }
        catch (JsonException e)
        {
            return SbomReadResult.Fail("$", JsonPreScan.Describe(e));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SbomReadResult.Fail("$", "expected a JSON object at the top level");
            }

            if (root.TryGetProperty("bomFormat", out _))
            {
                return CycloneDxJsonReader.Read(root, licenses);
            }

            if (root.TryGetProperty("spdxVersion", out _))
            {
                return SpdxJsonReader.Read(root);
            }

            if (root.TryGetProperty("@context", out _) || root.TryGetProperty("@graph", out _))
            {
                return SbomReadResult.Fail("$", "JSON-LD documents (SPDX 3) are not supported; use SPDX 2.3 JSON or CycloneDX");
            }

            if (root.TryGetProperty("document", out var csaf) && csaf.ValueKind == JsonValueKind.Object && csaf.TryGetProperty("csaf_version", out _))
            {
                return SbomReadResult.Fail("$", "this is a CSAF advisory, not an SBOM; import it as an advisory");
            }

            return SbomReadResult.Fail("$", "unknown JSON format: neither bomFormat (CycloneDX) nor spdxVersion (SPDX) is present");
        }
    }

    private static SbomReadResult NotJsonOrXml(ReadOnlySpan<byte> bytes, string? fileName)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var extension = Path.GetExtension(fileName ?? string.Empty);
        if (head.Contains("SPDXVersion:", StringComparison.Ordinal) || extension.Equals(".spdx", StringComparison.OrdinalIgnoreCase))
        {
            return SbomReadResult.Fail("$", "SPDX tag-value is not supported, use JSON");
        }

        if (head.Contains("spdxVersion:", StringComparison.Ordinal) || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return SbomReadResult.Fail("$", "SPDX YAML is not supported, use JSON");
        }

        return SbomReadResult.Fail("$", "unknown format: expected CycloneDX JSON or XML, or SPDX 2.3 JSON");
    }

    private static string InvalidUtf8Position(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var lineStart = 0;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (bytes[offset] == (byte)'\n')
            {
                line++;
                lineStart = offset + 1;
            }

            offset += consumed;
        }

        return string.Create(CultureInfo.InvariantCulture, $"line {line}, byte {offset - lineStart + 1} (offset {offset})");
    }

    private static SbomReadResult TooLarge() =>
        SbomReadResult.Fail("$", string.Create(CultureInfo.InvariantCulture, $"the document is larger than the maximum of {SbomLimits.MaxDocumentBytes / (1024 * 1024)} MiB"));
}
