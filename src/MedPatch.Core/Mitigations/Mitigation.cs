using MedPatch.Core.Risk;

namespace MedPatch.Core.Mitigations;

/// <summary>
/// A compensating control applied to some devices, for one vulnerability or for all of them. It lowers SSVC System
/// Exposure only while it is active, verified by a person and not past its review date: a control nobody checked,
/// or nobody has looked at since it was due, is not shown to interrupt an attack.
/// </summary>
public sealed class Mitigation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public MitigationKind Kind { get; set; }

    public MitigationEffect Effect { get; set; }

    public required string Description { get; set; }

    /// <summary>The vulnerability it answers ("CVE-2020-25165"); null when it covers every vulnerability of its devices.</summary>
    public string? Cve { get; set; }

    public string? VerifiedBy { get; set; }

    public DateTime? VerifiedAt { get; set; }

    /// <summary>The day by which someone must check it again; after it the control no longer counts.</summary>
    public DateOnly? ReviewBy { get; set; }

    public bool Active { get; set; } = true;

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<MitigationDevice> Devices { get; set; } = [];

    /// <summary>Whether the control counts for ranking on <paramref name="today"/>.</summary>
    public bool CountsOn(DateOnly today) => Active && VerifiedAt is not null && (ReviewBy is not { } review || review >= today);
}
