namespace MedPatch.Core.Mitigations;

/// <summary>One device a mitigation is applied to; the organization is copied for the tenant filter.</summary>
public sealed class MitigationDevice
{
    public Guid MitigationId { get; set; }

    public Guid DeviceId { get; set; }

    public Guid OrganizationId { get; set; }
}
