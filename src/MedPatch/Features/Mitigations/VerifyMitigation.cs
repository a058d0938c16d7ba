using System.ComponentModel;

namespace MedPatch.Features.Mitigations;

/// <summary>Body of <c>POST /api/v1/mitigations/{id}/verify</c> (optional).</summary>
public sealed record VerifyMitigation
{
    [Description("Who checked the control; the signed-in user or token when left out.")]
    public string? VerifiedBy { get; init; }

    [Description("YYYY-MM-DD: the next review date; required when the previous one has passed.")]
    public string? ReviewBy { get; init; }
}
