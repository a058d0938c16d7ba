using System.ComponentModel;

namespace MedPatch.Features.Facilities;

/// <summary>Body of <c>POST /api/v1/facilities</c>.</summary>
public sealed record FacilityRequest
{
    [Description("Unique within the organization, e.g. Riverside General Hospital.")]
    public string? Name { get; init; }

    [Description("Short code, e.g. RGH.")]
    public string? Code { get; init; }
}
