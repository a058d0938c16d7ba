using MedPatch.Core.Exposures;
using MedPatch.Core.Matching;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Exposures;

/// <summary>
/// The listing's filters; null means any. <see cref="Unmitigated"/>: see <see cref="ExposureQueries"/>.
/// <see cref="Unranked"/> keeps only exposures without a decision (resolved, suppressed). <see cref="EndOfSupportOn"/>
/// keeps exposures of devices past end of support on that day, the device's own date winning over its model's.
/// <see cref="AwaitingTriage"/> keeps the triage queue: open, affected or possible, low or medium confidence.
/// <see cref="FacilityIds"/> and <see cref="Ids"/> keep exposures in any of those facilities, or with those ids.
/// </summary>
public sealed record ExposureFilter(
    DeployerDecision? Decision = null,
    string? AssetTag = null,
    string? Cve = null,
    MatchConfidence? Confidence = null,
    bool Unmitigated = false,
    Guid? DeviceId = null,
    Guid? FacilityId = null,
    Guid? ManufacturerId = null,
    Guid? ModelId = null,
    ExposureState? State = null,
    ExposureStatus? Status = null,
    bool Unranked = false,
    DateOnly? EndOfSupportOn = null,
    bool AwaitingTriage = false,
    IReadOnlyCollection<Guid>? FacilityIds = null,
    IReadOnlyCollection<Guid>? Ids = null);
