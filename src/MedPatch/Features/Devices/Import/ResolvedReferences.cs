namespace MedPatch.Features.Devices.Import;

/// <summary>The ids one import row points at, after finding or creating the reference rows.</summary>
public readonly record struct ResolvedReferences(
    Guid OrganizationId,
    Guid FacilityId,
    Guid ManufacturerId,
    Guid DeviceModelId,
    Guid? LocationId,
    Guid? NetworkSegmentId);
