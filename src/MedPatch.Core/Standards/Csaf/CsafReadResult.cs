namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// What <see cref="CsafReader"/> made of some bytes: the typed document when the input is well-formed JSON that
/// conforms to the CSAF 2.0 schema, otherwise null and the errors ("json" for input that is no acceptable JSON text,
/// "schema" for schema violations).
/// </summary>
public sealed record CsafReadResult(CsafDocument? Document, IReadOnlyList<CsafValidationError> Errors)
{
    /// <summary>Findings that leave the document valid, such as properties the schema does not define (6.2.20).</summary>
    public IReadOnlyList<CsafValidationError> Warnings { get; init; } = [];

    public bool Succeeded => Document is not null && Errors.Count == 0;
}
