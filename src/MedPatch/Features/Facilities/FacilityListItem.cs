namespace MedPatch.Features.Facilities;

public sealed record FacilityListItem(Guid Id, Guid OrganizationId, string Name, string? Code, int DeviceCount);
