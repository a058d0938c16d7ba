using System.Security.Claims;
using System.Text.Encodings.Web;
using MedPatch.Core.Security;
using MedPatch.Features.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MedPatch.Web.Security;

/// <summary>
/// "Authorization: Bearer mp_…": looks the token up by the SHA-256 of the secret (no secret comparison to time),
/// and signs the caller in as the token's owner, narrowed to the token's scope. Expired, revoked and unknown tokens
/// and disabled owners are refused on every request.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, OperatorContext context, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "MedPatchToken";

    // Recording every use would turn each API read into a write; a minute is precise enough to see a token is alive.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!ApiTokenSecrets.LooksLikeToken(secret))
        {
            return AuthenticateResult.Fail("not a MedPatch API token");
        }

        var hash = ApiTokenSecrets.Hash(secret);
        var db = context.Db;
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("unknown, revoked or expired token");
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId, Context.RequestAborted).ConfigureAwait(false);
        if (user is null || user.Disabled || user.OrganizationId != token.OrganizationId)
        {
            return AuthenticateResult.Fail("the token's owner cannot sign in");
        }

        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name)
            .ToListAsync(Context.RequestAborted).ConfigureAwait(false);
        var facilities = await UserClaims.FacilityIdsAsync(context, user.Id, Context.RequestAborted).ConfigureAwait(false);

        if (token.LastUsedAt is null || now - token.LastUsedAt.Value >= LastUsedResolution)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted)
                .ConfigureAwait(false);
        }

        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName ?? user.Id.ToString()));
        identity.AddClaims(UserClaims.For(user, roles.OfType<string>(), facilities));
        identity.AddClaim(new Claim(MedPatchClaims.TokenId, token.Id.ToString()));
        identity.AddClaim(new Claim(MedPatchClaims.TokenName, token.Name));
        identity.AddClaim(new Claim(MedPatchClaims.TokenScope, token.Scope.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden);
}
