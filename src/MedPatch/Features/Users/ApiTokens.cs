using MedPatch.Core.Security;
using MedPatch.Data;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Users;

/// <summary>Creating, listing and revoking one's own API tokens.</summary>
public sealed class ApiTokens(MedPatchDbContext db, TimeProvider clock)
{
    public const int DefaultDays = 90;
    public const int MaxDays = 365;

    public static IReadOnlyDictionary<string, string[]> Validate(CreateTokenRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["A token needs a name, e.g. the integration that uses it."];
        }
        else if (request.Name.Trim().Length > 200)
        {
            errors["name"] = ["At most 200 characters."];
        }

        if (request.ExpiresInDays is < 1 or > MaxDays)
        {
            errors["expires_in_days"] = [$"Between 1 and {MaxDays} days."];
        }

        return errors;
    }

    /// <summary>Creates a token for the user; call <see cref="Validate"/> first.</summary>
    public async Task<CreatedToken> CreateAsync(Guid userId, Guid organizationId, CreateTokenRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = ApiTokenSecrets.Generate();
        var token = new ApiToken
        {
            OrganizationId = organizationId,
            UserId = userId,
            Name = request.Name!.Trim(),
            Prefix = ApiTokenSecrets.PrefixOf(secret),
            SecretHash = ApiTokenSecrets.Hash(secret),
            Scope = request.Scope ?? TokenScope.Read,
            CreatedAt = now,
            ExpiresAt = now.AddDays(request.ExpiresInDays ?? DefaultDays),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedToken(ApiTokenItem.Of(token), secret);
    }

    public async Task<IReadOnlyList<ApiTokenItem>> ListAsync(Guid userId, CancellationToken cancellationToken)
    {
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. tokens.OrderByDescending(t => t.CreatedAt).Select(ApiTokenItem.Of)];
    }

    /// <summary>Revokes one of the user's tokens; false when the user has no such token (someone else's is "not found" too).</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
