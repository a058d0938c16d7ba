using MedPatch.Core.Organizations;

namespace MedPatch.Features.Segments;

/// <summary>
/// One network segment as lists show it. <see cref="Facilities"/> are those whose devices sit on the segment: a
/// segment belongs to the organization, and one VLAN can span several hospitals.
/// </summary>
public sealed record SegmentListItem(
    Guid Id,
    Guid OrganizationId,
    string Organization,
    string Name,
    int? VlanId,
    string? Cidr,
    SegmentExposure Exposure,
    int DeviceCount,
    IReadOnlyList<string> Facilities);
