using System.ComponentModel;

namespace MedPatch.Features.Triage;

/// <summary>Body of <c>POST /api/v1/triage</c>: one decision for many exposures, all or none.</summary>
public sealed record BulkTriageRequest
{
    [Description("The exposures to decide on (1 to 1000 ids).")]
    public IReadOnlyList<Guid>? ExposureIds { get; init; }

    [Description("confirm, false_positive, not_applicable or reopen.")]
    public string? Action { get; init; }

    [Description("Why: required, at most 2000 characters; the same reason is stored on every exposure.")]
    public string? Reason { get; init; }
}
