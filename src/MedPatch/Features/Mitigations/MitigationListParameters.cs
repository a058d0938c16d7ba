using System.ComponentModel;
using MedPatch.Features.Intelligence.Api;

namespace MedPatch.Features.Mitigations;

/// <summary>Query of <c>GET /api/v1/mitigations</c>; read as text so that a bad value is a 400 naming its parameter.</summary>
public sealed record MitigationListParameters
{
    [Description("A device's asset tag or id.")]
    public string? Device { get; init; }

    [Description("A CVE id: the mitigations answering it and those covering every vulnerability of their devices.")]
    public string? Cve { get; init; }

    [Description("true: only active mitigations; false: only ended ones.")]
    public string? Active { get; init; }

    public (MitigationFilter? Filter, Dictionary<string, string[]> Errors) Check()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? cve = null;
        if (!string.IsNullOrWhiteSpace(Cve) && (cve = CveIds.Normalize(Cve)) is null)
        {
            errors["cve"] = [IntelligenceListValidation.NotACveId];
        }

        bool? active = null;
        if (!string.IsNullOrWhiteSpace(Active))
        {
            if (bool.TryParse(Active.Trim(), out var value))
            {
                active = value;
            }
            else
            {
                errors["active"] = ["must be true or false"];
            }
        }

        return errors.Count > 0 ? (null, errors) : (new MitigationFilter(Device, cve, active), errors);
    }
}
