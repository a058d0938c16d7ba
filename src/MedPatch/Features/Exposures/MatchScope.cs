namespace MedPatch.Features.Exposures;

/// <summary>Which exposures a match run recomputes; the stored rows outside it are left as they are.</summary>
public abstract record MatchScope
{
    private MatchScope()
    {
    }

    /// <summary>Every device against every statement: <c>medpatch match --full</c>, and a change of manufacturers or aliases.</summary>
    public sealed record Everything : MatchScope;

    /// <summary>Every device against the statements of these vulnerabilities: an advisory import.</summary>
    public sealed record Vulnerabilities(IReadOnlyCollection<string> Ids) : MatchScope;

    /// <summary>These devices against every statement: a device saved, imported or deleted, a model or its SBOM changed.</summary>
    public sealed record Devices(IReadOnlyCollection<Guid> Ids) : MatchScope;

    public string Name => this switch
    {
        Vulnerabilities => "vulnerabilities",
        Devices => "devices",
        _ => "full",
    };
}
