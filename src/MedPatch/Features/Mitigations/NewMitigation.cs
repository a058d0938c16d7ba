using System.ComponentModel;

namespace MedPatch.Features.Mitigations;

/// <summary>Body of <c>POST /api/v1/mitigations</c>, also what the command line and the page pass in.</summary>
public sealed record NewMitigation
{
    [Description("segmentation, firewall_rule, disable_service, physical_control, monitoring or disconnect.")]
    public string? Kind { get; init; }

    [Description("What the control does to reachability: none, restricts (open becomes controlled) or isolates (exposure becomes small).")]
    public string? Effect { get; init; }

    [Description("What was done, where, by whom: enough for someone to check it again.")]
    public string? Description { get; init; }

    [Description("The devices by id; give these or asset_tags.")]
    public IReadOnlyList<string>? DeviceIds { get; init; }

    [Description("The devices by asset tag; a tag two facilities share must be given as a device id.")]
    public IReadOnlyList<string>? AssetTags { get; init; }

    [Description("The vulnerability it answers; leave out for a control that covers every vulnerability of the devices.")]
    public string? Cve { get; init; }

    [Description("YYYY-MM-DD: the day by which someone must check it again; after it the control no longer counts.")]
    public string? ReviewBy { get; init; }

    [Description("Who checked that the control is in place; the mitigation counts for ranking only once verified.")]
    public string? VerifiedBy { get; init; }
}
