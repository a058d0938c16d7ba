namespace MedPatch.Core.Auditing;

/// <summary>
/// One write, as it happened: who, when, what before and after, and why. Records are only ever appended; each
/// holds the SHA-256 of the previous one (<see cref="AuditChain"/>), so an edited or deleted row breaks the chain.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Position in the chain, from 1, without gaps.</summary>
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    /// <summary>user, token, cli or system.</summary>
    public required string ActorKind { get; set; }

    /// <summary>The user's email, the token's name and id, the operator's login, or the job's name.</summary>
    public required string Actor { get; set; }

    public Guid? OrganizationId { get; set; }

    /// <summary>created, updated, deleted, or a named action (imported, signed_in, token_created, …).</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>JSON of the changed fields before the write (null for a creation).</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the changed fields after the write (null for a deletion).</summary>
    public string? After { get; set; }

    public string? Reason { get; set; }

    public string? RequestId { get; set; }

    public string? ClientAddress { get; set; }

    /// <summary>Hex SHA-256 of the previous record; 64 zeros for the first.</summary>
    public required string PreviousHash { get; set; }

    /// <summary>Hex SHA-256 over this record's fields and <see cref="PreviousHash"/>.</summary>
    public required string Hash { get; set; }
}
