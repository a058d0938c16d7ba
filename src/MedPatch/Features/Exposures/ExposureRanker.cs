using MedPatch.Core.Matching;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Exposures;

/// <summary>
/// Ranks exposures with <see cref="RiskRanking"/>. Only affected and possible exposures are ranked: resolved and
/// suppressed ones ask for no action, and a decision on them would read as a call to act.
/// </summary>
internal sealed class ExposureRanker(RankingFacts facts)
{
    /// <summary>Counts, per organization, model and vulnerability, the devices exposed, for the device-count criterion.</summary>
    public void Count(IEnumerable<Exposure> exposures)
    {
        foreach (var e in exposures.Where(e => Ranked(e.State)))
        {
            var device = facts.Devices[e.DeviceId];
            var key = (device.OrganizationId, device.ModelId, e.VulnerabilityId);
            facts.ExposedPerModel[key] = facts.ExposedPerModel.GetValueOrDefault(key) + 1;
        }
    }

    public DeviceFacts Device(Guid id) => facts.Devices[id];

    public Guid? VulnerabilityId(string vulnerability) => facts.Vulnerabilities.GetValueOrDefault(vulnerability)?.Id;

    public RiskAssessment? Rank(Exposure exposure) => Rank(exposure.DeviceId, exposure.VulnerabilityId, exposure.State);

    public RiskAssessment? Rank(Guid deviceId, string vulnerability, ExposureState state)
    {
        if (!Ranked(state) || !facts.Devices.TryGetValue(deviceId, out var device))
        {
            return null;
        }

        var v = facts.Vulnerabilities.GetValueOrDefault(vulnerability);
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
            Mitigation = facts.MitigationOf(deviceId, vulnerability),
            ClinicalCriticality = device.ClinicalCriticality,
            PatientConnected = device.PatientConnected,
            StoresPhi = device.StoresPhi,
            ExposedDevicesOfModel = Math.Max(1, facts.ExposedPerModel.GetValueOrDefault((device.OrganizationId, device.ModelId, vulnerability))),
        };
        return RiskRanking.Rank(inputs, facts.SettingsOf(device.OrganizationId));
    }

    public static bool Ranked(ExposureState state) => state is ExposureState.Affected or ExposureState.Possible;
}
