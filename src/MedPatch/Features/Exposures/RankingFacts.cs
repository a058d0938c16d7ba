using MedPatch.Core.Risk;

namespace MedPatch.Features.Exposures;

/// <summary>
/// What ranking reads beyond the exposure itself: the vulnerabilities, the devices, each organization's settings,
/// the counting mitigations per device, and how many devices of a model share a vulnerability in an organization.
/// </summary>
internal sealed class RankingFacts(
    IReadOnlyDictionary<Guid, RiskSettings> settings,
    IReadOnlyDictionary<Guid, List<(string? Cve, MitigationEffect Effect)>> mitigations)
{
    public Dictionary<string, VulnerabilityFacts> Vulnerabilities { get; } = new(StringComparer.Ordinal);

    public Dictionary<Guid, DeviceFacts> Devices { get; } = [];

    public Dictionary<(Guid Organization, Guid Model, string Vulnerability), int> ExposedPerModel { get; } = [];

    /// <summary>The vulnerabilities whose stored counts <see cref="ExposedPerModel"/> holds already.</summary>
    public HashSet<string> Counted { get; } = new(StringComparer.Ordinal);

    public RiskSettings SettingsOf(Guid organizationId) => settings.GetValueOrDefault(organizationId) ?? RiskSettings.Default;

    /// <summary>The strongest counting mitigation on the device for this vulnerability, or for all of its vulnerabilities.</summary>
    public MitigationEffect MitigationOf(Guid deviceId, string vulnerability)
    {
        var strongest = MitigationEffect.None;
        foreach (var (cve, effect) in mitigations.GetValueOrDefault(deviceId) ?? [])
        {
            if ((cve is null || string.Equals(cve, vulnerability, StringComparison.OrdinalIgnoreCase)) && effect > strongest)
            {
                strongest = effect;
            }
        }

        return strongest;
    }
}
