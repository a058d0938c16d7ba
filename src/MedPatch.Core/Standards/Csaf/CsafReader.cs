using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// Reads CSAF 2.0 documents from untrusted input. Bad input never throws: it gives errors, the first one telling
/// what is wrong and where. The limits keep a hostile document from exhausting memory or the stack; real advisories
/// stay far below them (the largest vendor advisories are a few MiB, nested about 20 levels).
/// </summary>
public static class CsafReader
{
    /// <summary>Deepest nesting of objects and arrays accepted; the root object is level 1.</summary>
    public const int MaxDepth = 64;

    /// <summary>Longest single string or member name accepted, in UTF-8 bytes as written (escapes count as written).</summary>
    public const int MaxStringBytes = 1024 * 1024;

    /// <summary>Largest document accepted, in bytes.</summary>
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    public static CsafReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > MaxDocumentBytes)
        {
            return new CsafReadResult(null, [CsafJsonInput.TooLarge()]);
        }

        return Read(utf8Json.ToArray().AsMemory());
    }

    public static CsafReadResult Read(byte[] utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(utf8Json.AsMemory());
    }

    public static CsafReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        return Read(utf8Json, (_, _) => { });
    }

    /// <summary>Reads a stream to its end, but no further than <see cref="MaxDocumentBytes"/>.</summary>
    public static CsafReadResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bytes = CsafStreamInput.ReadAll(utf8Json);
        return bytes is null ? new CsafReadResult(null, [CsafJsonInput.TooLarge()]) : Read(bytes.Value);
    }

    public static async Task<CsafReadResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bytes = await CsafStreamInput.ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return bytes is null ? new CsafReadResult(null, [CsafJsonInput.TooLarge()]) : Read(bytes.Value);
    }

    /// <summary>
    /// The shared path of reader and validator: parse, check the schema, build the model when both passed, and let
    /// <paramref name="inspect"/> see the parsed root (before the JsonDocument is returned to its pool).
    /// </summary>
    internal static CsafReadResult Read(ReadOnlyMemory<byte> utf8Json, Action<JsonElement, bool> inspect)
    {
        var error = CsafJsonInput.Parse(utf8Json, out var json);
        if (error is not null || json is null)
        {
            return new CsafReadResult(null, [error ?? new CsafValidationError(CsafJsonInput.Test, "$", "not valid JSON")]);
        }

        using (json)
        {
            var root = json.RootElement;
            var findings = CsafSchema.Validate(root);
            var errors = findings.Where(f => !f.IsWarning).ToList();
            var document = errors.Count == 0 ? CsafModelMapper.Map(root) : null;
            inspect(root, errors.Count == 0);
            return new CsafReadResult(document, errors) { Warnings = findings.Where(f => f.IsWarning).ToList() };
        }
    }
}
