using MedPatch.Core.Matching;

namespace MedPatch.Features.Triage;

/// <summary>
/// The queue's filters; null means any. <see cref="Facility"/> is a facility's id or name, <see cref="Manufacturer"/>
/// a manufacturer's name or alias, <see cref="Cve"/> one vulnerability id.
/// </summary>
public sealed record TriageFilter(
    string? Facility = null,
    string? Manufacturer = null,
    string? Cve = null,
    MatchConfidence? Confidence = null);
