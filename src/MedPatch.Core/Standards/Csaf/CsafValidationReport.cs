namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// The verdict of <see cref="CsafValidator"/>: input errors ("json"), then schema errors ("schema"), then the
/// failed mandatory tests ("6.1.x"). <paramref name="Document"/> is the typed model whenever the input is
/// schema-valid, even if mandatory tests failed, so a caller can still show what the document says.
/// </summary>
public sealed record CsafValidationReport(bool Valid, IReadOnlyList<CsafValidationError> Errors, CsafDocument? Document)
{
    /// <summary>Findings that leave the document valid, such as properties the schema does not define (6.2.20).</summary>
    public IReadOnlyList<CsafValidationError> Warnings { get; init; } = [];
}
