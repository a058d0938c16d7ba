using System.ComponentModel;

namespace MedPatch.Features.Segments;

/// <summary>Body of <c>PUT /api/v1/segments/{id}/exposure</c>.</summary>
public sealed record SegmentExposureRequest
{
    [Description("SSVC System Exposure: small, controlled or open.")]
    public string? Exposure { get; init; }
}
