using MedPatch.Core.Mitigations;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Mitigations;

/// <summary>
/// One mitigation as lists show it. <see cref="Counts"/> says whether ranking takes it into account today (active,
/// verified, not past its review date); <see cref="Overdue"/> flags a review date that has passed, the usual reason
/// a control stops counting. <see cref="Devices"/> are those the caller may see.
/// </summary>
public sealed record MitigationListItem(
    Guid Id,
    Guid OrganizationId,
    MitigationKind Kind,
    MitigationEffect Effect,
    string Description,
    string? Cve,
    IReadOnlyList<MitigationDeviceItem> Devices,
    string? VerifiedBy,
    DateTime? VerifiedAt,
    DateOnly? ReviewBy,
    bool Overdue,
    bool Active,
    bool Counts,
    string CreatedBy,
    DateTime CreatedAt);
