using System.Text;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Data.Conventions;

/// <summary>
/// Gives every table, column, key and index the same snake_case name on both providers, so hand-written SQL
/// (bulk import, reports) is portable and PostgreSQL needs no quoting.
/// </summary>
public static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // Identity's "AspNetUsers" becomes "users": the prefix names a framework, not a product noun.
            var table = entity.GetTableName() ?? entity.ClrType.Name;
            entity.SetTableName(Convert(table.StartsWith("AspNet", StringComparison.Ordinal) ? table["AspNet".Length..] : table));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(Convert(property.GetColumnName()));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(Convert(key.GetName() ?? string.Empty));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(Convert(foreignKey.GetConstraintName() ?? string.Empty));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(Convert(index.GetDatabaseName() ?? string.Empty));
            }
        }
    }

    public static string Convert(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]) && i > 0 && char.IsUpper(name[i - 1]);
                if (previousIsLowerOrDigit || nextIsLower)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
