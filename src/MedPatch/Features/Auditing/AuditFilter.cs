namespace MedPatch.Features.Auditing;

/// <summary>Which audit records to show or export. Every part is optional; text matches are case-sensitive.</summary>
public sealed record AuditFilter
{
    /// <summary>Exact entity type (device, device_model, device_import, …).</summary>
    public string? EntityType { get; init; }

    /// <summary>Exact entity id.</summary>
    public string? EntityId { get; init; }

    /// <summary>Part of the actor text (an email, a token name, cli:login).</summary>
    public string? Actor { get; init; }

    /// <summary>From this instant on (inclusive).</summary>
    public DateTime? Since { get; init; }

    /// <summary>Before this instant (exclusive).</summary>
    public DateTime? Until { get; init; }
}
