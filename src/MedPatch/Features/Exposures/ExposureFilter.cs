using MedPatch.Core.Exposures;
using MedPatch.Core.Matching;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Exposures;

/// <summary>
/// The listing's filters; null means any. <see cref="Unmitigated"/>: see <see cref="ExposureQueries"/>.
/// <see cref="Unranked"/> keeps only exposures without a decision (resolved, suppressed). <see cref="EndOfSupportOn"/>
/// keeps exposures of devices past end of support on that day, the device's own date winning over its model's.
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
    DateOnly? EndOfSupportOn = null);
