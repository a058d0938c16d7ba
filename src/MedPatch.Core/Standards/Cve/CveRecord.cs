namespace MedPatch.Core.Standards.Cve;

/// <summary>One CVE JSON 5.x record (CVE Record Format, dataType CVE_RECORD).</summary>
public sealed record CveRecord(
    string DataVersion,
    CveMetadata Metadata,
    CveContainer? Cna,
    IReadOnlyList<CveContainer> Adp)
{
    public string CveId => Metadata.CveId;

    public bool IsPublished => Metadata.State == CveState.Published;

    /// <summary>CISA's vulnrichment container, the source of SSVC and KEV facts, when present.</summary>
    public CveContainer? CisaAdp => Adp.FirstOrDefault(a => string.Equals(a.ProviderShortName, "CISA-ADP", StringComparison.Ordinal));
}

/// <summary>The record's identity and lifecycle.</summary>
public sealed record CveMetadata(
    string CveId,
    CveState State,
    string? AssignerOrgId,
    string? AssignerShortName,
    DateTimeOffset? DateReserved,
    DateTimeOffset? DatePublished,
    DateTimeOffset? DateUpdated,
    DateTimeOffset? DateRejected);

public enum CveState
{
    Published,
    Rejected,
}
