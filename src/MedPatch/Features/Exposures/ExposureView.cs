namespace MedPatch.Features.Exposures;

/// <summary>
/// One listed exposure as the pages show it: the API's <see cref="Item"/> plus the ids the pages link by and who
/// triaged it and why.
/// </summary>
public sealed record ExposureView(
    Guid Id,
    Guid DeviceId,
    Guid ModelId,
    ExposureListItem Item,
    string? TriageReason,
    string? TriagedBy,
    DateTime? TriagedAt);
