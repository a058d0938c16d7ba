using System.ComponentModel;

namespace MedPatch.Features.Triage;

/// <summary>Body of <c>POST /api/v1/exposures/{id}/triage</c>.</summary>
public sealed record TriageRequest
{
    [Description("confirm, false_positive, not_applicable or reopen.")]
    public string? Action { get; init; }

    [Description("Why: required, at most 2000 characters.")]
    public string? Reason { get; init; }
}
