using MedPatch.Core.Auditing;
using MedPatch.Core.Matching;
using MedPatch.Core.Risk;

namespace MedPatch.Core.Exposures;

/// <summary>
/// One device × vulnerability as the last match run found it, with its evidence and ranking, and the
/// <see cref="Status"/> people give it. Owned by the device's organization and facility, copied here so that the
/// tenant filter needs no join.
/// </summary>
public sealed class Exposure : IAuditedInBulk
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public Guid FacilityId { get; set; }

    public Guid DeviceId { get; set; }

    /// <summary>The catalog's vulnerability, when the statement names a CVE MedPatch knows.</summary>
    public Guid? VulnerabilityId { get; set; }

    /// <summary>"CVE-2020-25165", or the advisory's own id for a vulnerability without a CVE.</summary>
    public required string Cve { get; set; }

    public Guid? AdvisoryId { get; set; }

    /// <summary>"ICSMA-20-317-01".</summary>
    public required string AdvisoryTrackingId { get; set; }

    public string? AdvisoryRevision { get; set; }

    /// <summary>"tracking id/vulnerability/product key": stable across revisions of the advisory.</summary>
    public required string StatementId { get; set; }

    public ExposureState State { get; set; }

    public bool PatchAvailable { get; set; }

    public string? FixedVersion { get; set; }

    public bool Unsupported { get; set; }

    public MatchRule Rule { get; set; }

    public MatchConfidence Confidence { get; set; }

    public required string Reason { get; set; }

    /// <summary>Null for resolved and suppressed exposures, which need no action.</summary>
    public DeployerDecision? Decision { get; set; }

    public double? Priority { get; set; }

    /// <summary>"Exploitation=none, Exposure=open, Automatable=yes, HumanImpact=high → scheduled".</summary>
    public string? DecisionRule { get; set; }

    /// <summary>Decision then priority as one descending sort key (<see cref="RiskAssessment.SortKey"/>); -1 when unranked.</summary>
    public long RankKey { get; set; } = -1;

    public ExposureStatus Status { get; set; } = ExposureStatus.Open;

    /// <summary>Why a person confirmed, rejected or set aside this match; required for every triage decision.</summary>
    public string? TriageReason { get; set; }

    /// <summary>The user name of whoever made the last triage decision.</summary>
    public string? TriagedBy { get; set; }

    public DateTime? TriagedAt { get; set; }

    public DateTime FirstSeen { get; set; }

    public DateTime UpdatedAt { get; set; }
}
