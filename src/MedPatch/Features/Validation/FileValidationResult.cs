using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Features.Validation;

/// <summary>
/// The verdict on one file given to <c>medpatch validate</c>; serialised as {"file","valid","errors","warnings"}.
/// Warnings are findings of the optional tests (such as undefined properties, 6.2.20) that leave a document valid.
/// </summary>
public sealed record FileValidationResult(string File, bool Valid, IReadOnlyList<FileValidationFinding> Errors)
{
    public IReadOnlyList<FileValidationFinding> Warnings { get; init; } = [];
}

/// <summary>One finding as printed: {"test","path","message"}.</summary>
public sealed record FileValidationFinding(string Test, string Path, string Message)
{
    public static FileValidationFinding From(CsafValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new FileValidationFinding(error.Test, error.Path, error.Message);
    }
}
