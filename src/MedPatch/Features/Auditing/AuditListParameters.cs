namespace MedPatch.Features.Auditing;

/// <summary>Query parameters of the audit list and export: the filter, then paging.</summary>
public sealed record AuditListParameters(
    string? Entity,
    string? EntityId,
    string? Actor,
    string? Since,
    string? Until,
    int? Page,
    int? PageSize)
{
    public const int DefaultPageSize = 50;

    public Dictionary<string, string[]> Check(out AuditFilter filter)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!AuditTime.TryParse(Since, false, out var since))
        {
            errors["since"] = ["expected a date (YYYY-MM-DD) or an ISO 8601 instant"];
        }

        if (!AuditTime.TryParse(Until, true, out var until))
        {
            errors["until"] = ["expected a date (YYYY-MM-DD) or an ISO 8601 instant"];
        }

        if (Page is < 1)
        {
            errors["page"] = ["must be at least 1"];
        }

        if (PageSize is < 1 or > AuditQueries.MaxPageSize)
        {
            errors["page_size"] = [$"must be between 1 and {AuditQueries.MaxPageSize}"];
        }

        filter = new AuditFilter { EntityType = Entity, EntityId = EntityId, Actor = Actor, Since = since, Until = until };
        return errors;
    }
}
