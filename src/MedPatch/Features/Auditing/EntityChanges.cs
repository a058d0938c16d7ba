using MedPatch.Core.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MedPatch.Features.Auditing;

/// <summary>Turns EF Core's tracked entries into audit changes: what kind of row, which fields, before and after.</summary>
internal static class EntityChanges
{
    public static AuditedChange? Capture(EntityEntry entry)
    {
        var action = entry.State switch
        {
            EntityState.Added => "created",
            EntityState.Modified => "updated",
            EntityState.Deleted => "deleted",
            _ => null,
        };
        // Catalog rows are public data written by the thousand; their import writes one record per document instead.
        // Rows audited in bulk (exposures) get one record per run from the code that writes them.
        if (action is null || entry.Entity is MedPatch.Core.Intelligence.ICatalogRow or IAuditedInBulk)
        {
            return null;
        }

        var type = entry.Metadata;
        var isToken = type.ClrType.IsGenericType && type.ClrType.GetGenericTypeDefinition() == typeof(IdentityUserToken<>);
        var properties = entry.Properties.Where(p => !AuditSecrets.IsNoise(p.Metadata.Name)).ToList();
        string? before = null;
        string? after = null;
        switch (entry.State)
        {
            case EntityState.Added:
                after = AuditJson.Write(properties.Select(p => Field(p, p.CurrentValue, isToken)));
                break;
            case EntityState.Deleted:
                before = AuditJson.Write(properties.Select(p => Field(p, p.OriginalValue, isToken)));
                break;
            default:
                var changed = properties.Where(p => p.IsModified && !Same(p)).ToList();
                if (changed.Count == 0)
                {
                    return null;
                }

                before = AuditJson.Write(changed.Select(p => Field(p, p.OriginalValue, isToken)));
                after = AuditJson.Write(changed.Select(p => Field(p, p.CurrentValue, isToken)));
                break;
        }

        return new AuditedChange(entry, action, EntityTypeName(type), OrganizationOf(entry), before, after);
    }

    /// <summary>The entity's key, read after saving so that database-generated keys are known.</summary>
    public static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }

        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>device, device_model, user, identity_user_role: the CLR name in snake_case, owned parts under their owner.</summary>
    public static string EntityTypeName(IReadOnlyEntityType type)
    {
        var name = type.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (name.StartsWith("MedPatch", StringComparison.Ordinal) && name.Length > "MedPatch".Length)
        {
            name = name["MedPatch".Length..];
        }

        var snake = AuditJson.SnakeCase(name);
        return type.FindOwnership() is { } ownership ? EntityTypeName(ownership.PrincipalEntityType) + "." + snake : snake;
    }

    private static KeyValuePair<string, object?> Field(PropertyEntry property, object? value, bool isToken)
    {
        var name = property.Metadata.GetColumnName() ?? AuditJson.SnakeCase(property.Metadata.Name);
        return AuditSecrets.IsSecret(property.Metadata.Name, isToken) && value is not null
            ? new(name, AuditJson.Redacted)
            : new(name, value);
    }

    private static bool Same(PropertyEntry property) =>
        property.Metadata.GetValueComparer() is { } comparer
            ? comparer.Equals(property.OriginalValue, property.CurrentValue)
            : AuditJson.SameValue(property.OriginalValue, property.CurrentValue);

    private static Guid? OrganizationOf(EntityEntry entry)
    {
        if (entry.Entity is MedPatch.Core.Organizations.Organization organization)
        {
            return organization.Id;
        }

        var property = entry.Metadata.FindProperty("OrganizationId");
        if (property is null)
        {
            return null;
        }

        var value = entry.State == EntityState.Deleted ? entry.Property(property.Name).OriginalValue : entry.Property(property.Name).CurrentValue;
        return value is Guid id && id != Guid.Empty ? id : null;
    }
}
