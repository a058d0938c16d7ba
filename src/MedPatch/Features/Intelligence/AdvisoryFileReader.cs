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

    public static AdvisoryFile Read(string path) => Read(path, null);

    /// <param name="stored">
    /// SHA-256 of the revisions already stored: a file with exactly those bytes is reported unchanged before it is
    /// validated or normalized, as storing it could only find the same revision again.
    /// </param>
    public static AdvisoryFile Read(string path, IReadOnlySet<string>? stored)
    {
        if (IsCompanion(path))
        {
            return AdvisoryFile.Skip(path);
        }

        byte[] bytes;
        try
        {
            // Checked before reading, so a huge file never reaches memory.
            if (new FileInfo(path).Length > CsafReader.MaxDocumentBytes)
            {
                return AdvisoryFile.Fail(path, AdvisoryFormat.Unknown, string.Create(
                    CultureInfo.InvariantCulture, $"the file is larger than {CsafReader.MaxDocumentBytes / (1024 * 1024)} MiB, the most an advisory may be"));
            }

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

        var sha256 = CatalogFiles.Sha256(bytes);
        if (stored is not null && stored.Contains(sha256))
        {
            return AdvisoryFile.Same(path);
        }

        var format = AdvisoryFormatDetector.Detect(bytes);
        try
        {
            return format switch
            {
                AdvisoryFormat.Csaf => ReadCsaf(path, bytes, sha256),
                AdvisoryFormat.CveRecord => One(path, format, CveNormalizer.Normalize(CveRecordReader.Read(new MemoryStream(bytes, false))), bytes, sha256),
                AdvisoryFormat.NvdItem => One(path, format, NvdNormalizer.Normalize(NvdCveReader.ReadItem(new MemoryStream(bytes, false))), bytes, sha256),
                AdvisoryFormat.NvdResponse => ReadNvdResponse(path, bytes),
                _ => AdvisoryFile.Fail(path, format, UnknownFormat(bytes)),
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

    private static AdvisoryFile ReadCsaf(string path, byte[] bytes, string sha256)
    {
        var report = CsafValidator.Validate(bytes.AsMemory());
        if (report.Errors is [{ Test: "json" } input, ..])
        {
            return AdvisoryFile.Fail(path, AdvisoryFormat.Csaf, $"not acceptable JSON: {input.Path}: {input.Message}");
        }

        if (!report.Valid || report.Document is null)
        {
            var shown = report.Errors.Take(ErrorsShown).Select(e => $"{e.Path}: {e.Message} ({Test(e.Test)})");
            var more = report.Errors.Count > ErrorsShown ? string.Create(CultureInfo.InvariantCulture, $" (and {report.Errors.Count - ErrorsShown} more)") : string.Empty;
            return AdvisoryFile.Fail(path, AdvisoryFormat.Csaf, "invalid CSAF document: " + string.Join("; ", shown) + more);
        }

        var advisory = CsafNormalizer.Normalize(report.Document);
        return new AdvisoryFile(path, AdvisoryFormat.Csaf, [new ParsedAdvisory(advisory, report.Document.Document.Category, bytes, sha256)], [], false);
    }

    /// <summary>
    /// Why a file is no advisory: input that is not acceptable JSON at all (syntax, encoding, nesting, size) says where,
    /// with the reader's own limits; well-formed JSON of another kind says which formats are understood.
    /// </summary>
    private static string UnknownFormat(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var first = bytes.AsSpan(start).IndexOfAnyExcept(" \t\r\n"u8);
        var looksLikeJson = first >= 0 && bytes[start + first] is (byte)'{' or (byte)'[';
        var read = looksLikeJson ? CsafReader.Read(bytes.AsMemory()) : null;
        if (read is { Errors.Count: > 0 } && read.Errors[0].Test == "json")
        {
            return $"not acceptable JSON: {read.Errors[0].Path}: {read.Errors[0].Message}";
        }

        return "unknown format: not a CSAF 2.0 document, a CVE JSON 5 record or an NVD API 2.0 response";
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

    private static AdvisoryFile One(string path, AdvisoryFormat format, NormalizedAdvisory advisory, byte[] bytes, string sha256) =>
        new(path, format, [new ParsedAdvisory(advisory, null, bytes, sha256)], [], false);

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
