using System.Text.Json;
using MedPatch.Core.Standards.Csaf.MandatoryTests;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// A CSAF basic validator in the sense of the standard (section 9.1.14): JSON schema conformance plus the mandatory
/// tests of section 6.1. Invalid input gives a report, never an exception.
/// </summary>
public static class CsafValidator
{
    public static CsafValidationReport Validate(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > CsafReader.MaxDocumentBytes)
        {
            return new CsafValidationReport(false, [CsafJsonInput.TooLarge()], null);
        }

        return Validate(utf8Json.ToArray().AsMemory());
    }

    public static CsafValidationReport Validate(byte[] utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Validate(utf8Json.AsMemory());
    }

    public static CsafValidationReport Validate(ReadOnlyMemory<byte> utf8Json)
    {
        var mandatory = new List<CsafValidationError>();
        var read = CsafReader.Read(utf8Json, (root, schemaValid) => mandatory.AddRange(RunMandatoryTests(root, schemaValid)));
        return Report(read, mandatory);
    }

    public static CsafValidationReport Validate(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bytes = CsafStreamInput.ReadAll(utf8Json);
        return bytes is null ? new CsafValidationReport(false, [CsafJsonInput.TooLarge()], null) : Validate(bytes.Value);
    }

    public static async Task<CsafValidationReport> ValidateAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bytes = await CsafStreamInput.ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return bytes is null ? new CsafValidationReport(false, [CsafJsonInput.TooLarge()], null) : Validate(bytes.Value);
    }

    /// <summary>Schema and mandatory tests on an already parsed document.</summary>
    public static IReadOnlyList<CsafValidationError> Validate(JsonElement root)
    {
        var errors = CsafSchema.Validate(root).Where(e => !e.IsWarning).ToList();
        errors.AddRange(RunMandatoryTests(root, errors.Count == 0));
        return errors;
    }

    private static CsafValidationReport Report(CsafReadResult read, List<CsafValidationError> mandatory)
    {
        var errors = new List<CsafValidationError>(read.Errors.Count + mandatory.Count);
        errors.AddRange(read.Errors);
        errors.AddRange(mandatory);
        return new CsafValidationReport(errors.Count == 0, errors, read.Document) { Warnings = read.Warnings };
    }

    private static IReadOnlyList<CsafValidationError> RunMandatoryTests(JsonElement root, bool schemaValid)
    {
        // The mandatory tests presume a schema-valid structure; on a document of the wrong shape they may stumble, and
        // that document already has schema errors to report.
        if (root.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        try
        {
            return CsafMandatoryTests.Run(root);
        }
        catch (Exception ex) when (!schemaValid && ex is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException or IndexOutOfRangeException)
        {
            return [];
        }
    }
}
