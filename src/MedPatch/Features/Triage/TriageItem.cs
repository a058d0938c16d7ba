using MedPatch.Features.Exposures;

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
    DateTime FirstSeen)
{
    public static TriageItem From(ExposureView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var i = view.Item;
        return new TriageItem(
            view.Id, view.DeviceId, i.AssetTag, i.Facility, i.Manufacturer, i.Model, i.SoftwareVersion, i.Cve, i.Advisory, i.AdvisoryRevision,
            i.Confidence, i.Rule, i.Reason, i.Decision, i.Priority, i.DecisionRule, i.State, i.PatchAvailable, i.FixedVersion, i.Status,
            view.TriageReason, view.TriagedBy, view.TriagedAt, i.FirstSeen);
    }
}
