using System.Text.Json;
using MedPatch.Core.Security;

namespace MedPatch.Features.Users;

/// <summary>Roles by the snake_case names stored as Identity roles and carried in claims ("clinical_engineer").</summary>
public static class RoleNames
{
    public static string Of(Role role) => JsonNamingPolicy.SnakeCaseLower.ConvertName(role.ToString());

    public static bool TryParse(string? name, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(Of(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    public static string All => string.Join(", ", Enum.GetValues<Role>().Select(Of));
}
