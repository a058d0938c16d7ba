namespace MedPatch.Features.Exposures;

/// <summary>How many exposures a filter finds at one facility for one model.</summary>
public sealed record ExposureGroupSummary(Guid FacilityId, string Facility, Guid ModelId, string Manufacturer, string Model, int Exposures);
