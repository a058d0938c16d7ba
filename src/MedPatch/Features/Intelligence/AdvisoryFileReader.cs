using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Csaf;
using MedPatch.Core.Standards.Cve;
using MedPatch.Core.Standards.Nvd;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Reads one file given to <c>import advisories</c>: recognises the format from its content, validates CSAF
/// documents (an invalid one is refused with the JSON paths of its first errors), checks the SHA-512 (or SHA-256)
/// file published beside it, and normalizes what it holds. Pure CPU and file work, so it can run ahead of the
/// database writes.
/// </summary>
public static class AdvisoryFileReader
{
    private const int ErrorsShown = 3;

    /// <summary>Signatures and checksums published beside advisories: recognised, never imported, never failed.</summary>
    public static bool IsCompanion(string path) =>
        path.EndsWith(".asc", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".sha512", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".sha256", StringComparison.OrdinalIgnoreCase);

    public static AdvisoryFile Read(string path)
    {
        if (IsCompanion(path))
        {
            return AdvisoryFile.Skip(path);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return AdvisoryFile.Fail(path, AdvisoryFormat.Unknown, ex.Message);
        }

        if (ChecksumError(path, bytes) is { } mismatch)
        {
            return AdvisoryFile.Fail(path, AdvisoryFormat.Unknown, mismatch);
        }

        var format = AdvisoryFormatDetector.Detect(bytes);
        try
        {
            return format switch
            {
                AdvisoryFormat.Csaf => ReadCsaf(path, bytes),
                AdvisoryFormat.CveRecord => One(path, format, CveNormalizer.Normalize(CveRecordReader.Read(new MemoryStream(bytes, false))), bytes),
                AdvisoryFormat.NvdItem => One(path, format, NvdNormalizer.Normalize(NvdCveReader.ReadItem(new MemoryStream(bytes, false))), bytes),
                AdvisoryFormat.NvdResponse => ReadNvdResponse(path, bytes),
                _ => AdvisoryFile.Fail(path, format, "unknown format: not a CSAF 2.0 document, a CVE JSON 5 record or an NVD API 2.0 response"),
            };
        }
        catch (CveFormatException ex)
        {
            return AdvisoryFile.Fail(path, format, ex.Message);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            // A document that passed its reader but trips the normalizer fails alone; the rest of the import goes on.
            return AdvisoryFile.Fail(path, format, "could not be read: " + ex.Message);
        }
    }

    /// <summary>Normalizes a stored revision again (its format as stored: csaf, cve or nvd); null when it no longer reads.</summary>
    public static NormalizedAdvisory? Reread(byte[] content, string sourceFormat)
    {
        try
        {
            return sourceFormat switch
            {
                "csaf" => CsafReader.Read(content.AsMemory()) is { Document: { } document } ? CsafNormalizer.Normalize(document) : null,
                "cve" => CveNormalizer.Normalize(CveRecordReader.Read(new MemoryStream(content, false))),
                "nvd" => NvdNormalizer.Normalize(NvdCveReader.ReadItem(new MemoryStream(content, false))),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    private static AdvisoryFile ReadCsaf(string path, byte[] bytes)
    {
        var report = CsafValidator.Validate(bytes.AsMemory());
        if (!report.Valid || report.Document is null)
        {
            var shown = report.Errors.Take(ErrorsShown).Select(e => $"{e.Path}: {e.Message} ({Test(e.Test)})");
            var more = report.Errors.Count > ErrorsShown ? string.Create(CultureInfo.InvariantCulture, $" (and {report.Errors.Count - ErrorsShown} more)") : string.Empty;
            return AdvisoryFile.Fail(path, AdvisoryFormat.Csaf, "invalid CSAF document: " + string.Join("; ", shown) + more);
        }

        var advisory = CsafNormalizer.Normalize(report.Document);
        return new AdvisoryFile(path, AdvisoryFormat.Csaf, [new ParsedAdvisory(advisory, report.Document.Document.Category, bytes, CatalogFiles.Sha256(bytes))], [], false);
    }

    private static string Test(string test) => test is "schema" or "json" ? test : "test " + test;

    /// <summary>Each item of the page is its own advisory, stored as the item's JSON text.</summary>
    private static AdvisoryFile ReadNvdResponse(string path, byte[] bytes)
    {
        // The whole page is checked first, so a broken page names the path of its error.
        NvdCveReader.ReadResponse(new MemoryStream(bytes, false));
        using var document = JsonDocument.Parse(bytes);
        var advisories = new List<ParsedAdvisory>();
        foreach (var item in document.RootElement.GetProperty("vulnerabilities").EnumerateArray())
        {
            var content = Encoding.UTF8.GetBytes(item.GetRawText());
            var advisory = NvdNormalizer.Normalize(NvdCveReader.ReadItem(new MemoryStream(content, false)));
            advisories.Add(new ParsedAdvisory(advisory, null, content, CatalogFiles.Sha256(content)));
        }

        return new AdvisoryFile(path, AdvisoryFormat.NvdResponse, advisories, [], false);
    }

    private static AdvisoryFile One(string path, AdvisoryFormat format, NormalizedAdvisory advisory, byte[] bytes) =>
        new(path, format, [new ParsedAdvisory(advisory, null, bytes, CatalogFiles.Sha256(bytes))], [], false);

    /// <summary>The published checksum beside the file ("&lt;hex&gt;  name"), when there is one and it disagrees.</summary>
    private static string? ChecksumError(string path, byte[] bytes)
    {
        foreach (var (suffix, hash) in new (string, Func<byte[], byte[]>)[] { (".sha512", SHA512.HashData), (".sha256", SHA256.HashData) })
        {
            var checksumFile = path + suffix;
            if (!File.Exists(checksumFile))
            {
                continue;
            }

            var text = File.ReadAllText(checksumFile).Trim();
            var expected = text.Split([' ', '\t', '\n', '\r'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
            var actual = Convert.ToHexStringLower(hash(bytes));
            if (!string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
            {
                return $"checksum mismatch: {Path.GetFileName(checksumFile)} states {expected}, the file's {suffix[1..].ToUpperInvariant()} is {actual}";
            }
        }

        return null;
    }
}
