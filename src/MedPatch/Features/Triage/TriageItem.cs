namespace MedPatch.Features.Triage;

/// <summary>
/// One exposure as the triage queue shows it: the fields of the exposure listing, plus the ids to act on and the
/// last decision made (who, when, why). Enum values in snake_case like the listing.
/// </summary>
public sealed record TriageItem(
    Guid Id,
    Guid DeviceId,
    string? AssetTag,
    string Facility,
    string Manufacturer,
    string Model,
    string? SoftwareVersion,
    string Cve,
    string Advisory,
    string? AdvisoryRevision,
    string Confidence,
    string Rule,
    string Reason,
    string Decision,
    double? Priority,
    string? DecisionRule,
    string State,
    bool PatchAvailable,
    string? FixedVersion,
    string Status,
    string? TriageReason,
    string? TriagedBy,
    DateTime? TriagedAt,
    DateTime FirstSeen);
