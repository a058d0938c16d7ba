namespace MedPatch.Features.Exposures;

/// <summary>Which stored exposures a change of ranking inputs (KEV, EPSS, segment, mitigation, settings) touches.</summary>
public abstract record RerankScope
{
    private RerankScope()
    {
    }

    /// <summary>Every exposure: new risk settings, or a change whose reach is not known.</summary>
    public sealed record All : RerankScope;

    /// <summary>The exposures to these vulnerabilities ("CVE-…" or an advisory id): KEV and EPSS updates.</summary>
    public sealed record Vulnerabilities(IReadOnlyCollection<string> Ids) : RerankScope;

    /// <summary>The exposures of these devices: a mitigation on them, a move to another segment.</summary>
    public sealed record Devices(IReadOnlyCollection<Guid> Ids) : RerankScope;

    /// <summary>The exposures of the devices on this network segment: its System Exposure changed.</summary>
    public sealed record Segment(Guid Id) : RerankScope;

    /// <summary>The exposures of one organization: its risk settings changed.</summary>
    public sealed record Organization(Guid Id) : RerankScope;
}
