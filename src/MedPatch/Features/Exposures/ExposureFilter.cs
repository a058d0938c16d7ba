using MedPatch.Core.Matching;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Exposures;

/// <summary>The listing's filters; null means any. <see cref="Unmitigated"/>: see <see cref="ExposureQueries"/>.</summary>
public sealed record ExposureFilter(
    DeployerDecision? Decision = null,
    string? AssetTag = null,
    string? Cve = null,
    MatchConfidence? Confidence = null,
    bool Unmitigated = false,
    Guid? DeviceId = null);
