using MedPatch.Core.Matching;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Exposures;

/// <summary>
/// Ranks the exposures of a run with <see cref="RiskRanking"/>. Only affected and possible exposures are ranked:
/// resolved and suppressed ones ask for no action, and a decision on them would read as a call to act.
/// </summary>
internal sealed class ExposureRanker(IReadOnlyDictionary<string, VulnerabilityFacts> vulnerabilities, IReadOnlyDictionary<Guid, DeviceFacts> devices, RiskSettings settings)
{
    private readonly Dictionary<(Guid Model, string Vulnerability), int> perModel = [];

    /// <summary>Counts, per model and vulnerability, the devices the run found exposed, for the device-count criterion.</summary>
    public void Count(IEnumerable<Exposure> exposures)
    {
        foreach (var e in exposures.Where(Ranked))
        {
            var key = (devices[e.DeviceId].ModelId, e.VulnerabilityId);
            perModel[key] = perModel.GetValueOrDefault(key) + 1;
        }
    }

    public RiskAssessment? Rank(Exposure exposure)
    {
        if (!Ranked(exposure))
        {
            return null;
        }

        var device = devices[exposure.DeviceId];
        var v = vulnerabilities.GetValueOrDefault(exposure.VulnerabilityId);
        var inputs = new RiskInputs
        {
            InKev = v?.InKev ?? false,
            AdpExploitation = SsvcNames.TryParse(v?.SsvcExploitation, out Exploitation exploitation) ? exploitation : null,
            AdpAutomatable = SsvcNames.TryParse(v?.SsvcAutomatable, out Automatable automatable) ? automatable : null,
            EpssScore = v?.EpssScore,
            EpssPercentile = v?.EpssPercentile,
            CvssVector = v?.CvssVector,
            CvssBaseScore = v?.CvssBaseScore,
            SegmentExposure = device.SegmentExposure,
            ClinicalCriticality = device.ClinicalCriticality,
            PatientConnected = device.PatientConnected,
            StoresPhi = device.StoresPhi,
            ExposedDevicesOfModel = Math.Max(1, perModel.GetValueOrDefault((device.ModelId, exposure.VulnerabilityId))),
        };
        return RiskRanking.Rank(inputs, settings);
    }

    private static bool Ranked(Exposure e) => e.State is ExposureState.Affected or ExposureState.Possible;
}
