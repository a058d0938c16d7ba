using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MedPatch.Features.Auditing;

/// <summary>
/// One tracked change, captured before SaveChanges runs (when the original values are still known). The entity's
/// id is read afterwards from <see cref="Entry"/>, because keys the database generates exist only then.
/// </summary>
internal sealed record AuditedChange(EntityEntry Entry, string Action, string EntityType, Guid? OrganizationId, string? Before, string? After);
