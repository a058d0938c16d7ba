namespace MedPatch.Features.Mitigations;

/// <summary>One device a mitigation is applied to, as lists show it; a device without an asset tag is named by its id.</summary>
public sealed record MitigationDeviceItem(Guid Id, string? AssetTag, string Facility)
{
    public string Label => AssetTag ?? Id.ToString();
}
