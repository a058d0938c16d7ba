namespace MedPatch.Features.Mitigations;

/// <summary>
/// Which mitigations to list: on the device with this asset tag (or id), answering this CVE (a CVE filter also keeps
/// the mitigations that cover every vulnerability of their devices, since those answer it too), active or ended.
/// </summary>
public sealed record MitigationFilter(string? Device = null, string? Cve = null, bool? Active = null);
