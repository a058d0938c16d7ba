namespace MedPatch.Features.Exposures;

/// <summary>How many devices of one model a filter's exposures touch, and how many exposures they are.</summary>
public sealed record ExposureModelSummary(Guid ModelId, string Manufacturer, string Model, int Devices, int Exposures);
