namespace MedPatch.Core.Organizations;

/// <summary>A network segment or VLAN devices sit on; its exposure feeds SSVC "System Exposure".</summary>
public sealed class NetworkSegment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    public int? VlanId { get; set; }
    public string? Cidr { get; set; }
    public SegmentExposure Exposure { get; set; } = SegmentExposure.Unset;
}
