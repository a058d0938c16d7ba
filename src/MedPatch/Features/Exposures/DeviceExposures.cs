namespace MedPatch.Features.Exposures;

/// <summary>Answer of <c>GET /api/v1/devices/{id}/exposures</c>: every exposure of one device, most urgent first.</summary>
public sealed record DeviceExposures(Guid DeviceId, string? AssetTag, IReadOnlyList<ExposureListItem> Items);
