using MedPatch.Core.Security;

namespace MedPatch.Features.Users;

/// <summary>Body of <c>POST /api/v1/tokens</c>.</summary>
public sealed record CreateTokenRequest(string? Name, TokenScope? Scope, int? ExpiresInDays);

/// <summary>A token as listed: never its secret.</summary>
public sealed record ApiTokenItem(
    Guid Id, string Name, string Prefix, TokenScope Scope, DateTime CreatedAt, DateTime ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public static ApiTokenItem Of(ApiToken token) =>
        new(token.Id, token.Name, token.Prefix, token.Scope, token.CreatedAt, token.ExpiresAt, token.LastUsedAt, token.RevokedAt);
}

/// <summary>The answer to creating a token: the only time the secret is ever shown.</summary>
public sealed record CreatedToken(ApiTokenItem Token, string Secret);
