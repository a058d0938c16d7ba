namespace MedPatch.Features.Exposures;

/// <summary>One exposure as the listing shows it; enum values in snake_case (affected, model_version_range, out_of_cycle).</summary>
public sealed record ExposureListItem(
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
    DateTime FirstSeen);
