using System.Security.Cryptography;
using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Features.Validation;

/// <summary>
/// Validates CSAF files and folders (recursively, every *.json). Signature (.asc) and hash (.sha512, .sha256) files
/// are not documents and are skipped; a hash file beside a document is checked against it (CSAF 2.0 section 7.1.18).
/// </summary>
public static class CsafFileValidator
{
    private static readonly string[] SideFileExtensions = [".asc", ".sha512", ".sha256"];

    /// <summary>True for a signature or hash file, which is never validated as a document.</summary>
    public static bool IsSideFile(string path) =>
        SideFileExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The documents named by the arguments: files as given (side files left out), folders expanded.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (!IsSideFile(argument))
            {
                files.Add(argument);
            }
        }

        return files;
    }

    public static async Task<FileValidationResult> ValidateAsync(string file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : "the file cannot be read: " + ex.Message;
            return new FileValidationResult(file, false, [new FileValidationFinding("file", "$", reason)]);
        }

        var report = CsafValidator.Validate(bytes.AsMemory());
        var errors = new List<CsafValidationError>(report.Errors);
        foreach (var (extension, algorithm) in new[] { (".sha512", HashAlgorithmName.SHA512), (".sha256", HashAlgorithmName.SHA256) })
        {
            if (await CheckHashAsync(file + extension, algorithm, bytes, cancellationToken).ConfigureAwait(false) is { } error)
            {
                errors.Add(error);
            }
        }

        return new FileValidationResult(file, errors.Count == 0, errors.Select(FileValidationFinding.From).ToList())
        {
            Warnings = report.Warnings.Select(FileValidationFinding.From).ToList(),
        };
    }

    private static async Task<CsafValidationError?> CheckHashAsync(string hashFile, HashAlgorithmName algorithm, byte[] document, CancellationToken cancellationToken)
    {
        if (!File.Exists(hashFile))
        {
            return null;
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(hashFile, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new CsafValidationError("hash", "$", $"{Path.GetFileName(hashFile)} cannot be read: {ex.Message}");
        }

        // The usual sha512sum layout: the hex digest, then optionally whitespace and the file name.
        var expected = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var actual = Convert.ToHexStringLower(algorithm == HashAlgorithmName.SHA512 ? SHA512.HashData(document) : SHA256.HashData(document));
        return string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase)
            ? null
            : new CsafValidationError("hash", "$", $"The {algorithm.Name} digest in {Path.GetFileName(hashFile)} does not match the document (computed {actual}).");
    }
}
