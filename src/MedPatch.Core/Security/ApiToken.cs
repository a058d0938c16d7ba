namespace MedPatch.Core.Security;

/// <summary>
/// A bearer token for an integration. Only the SHA-256 of the secret is stored; the secret is shown once.
/// The token acts as its owner, narrowed to its scope.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the secret, shown in lists so people can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>Hex SHA-256 of the whole secret; unique.</summary>
    public required string SecretHash { get; set; }

    public TokenScope Scope { get; set; } = TokenScope.Read;
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}
