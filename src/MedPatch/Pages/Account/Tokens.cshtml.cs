using MedPatch.Core.Security;
using MedPatch.Features.Users;
using MedPatch.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Pages.Account;

/// <summary>The signed-in user's API tokens: create one (its secret shown on this answer only), list, revoke.</summary>
public sealed class TokensModel(ApiTokens tokens) : FormPageModel
{
    [BindProperty(Name = "name")]
    public string? Name { get; set; }

    [BindProperty(Name = "scope")]
    public TokenScope Scope { get; set; } = TokenScope.Read;

    [BindProperty(Name = "expires_in_days")]
    public int ExpiresInDays { get; set; } = ApiTokens.DefaultDays;

    public IReadOnlyList<ApiTokenItem> Items { get; private set; } = [];

    /// <summary>Set only on the answer to creating a token.</summary>
    public CreatedToken? Created { get; private set; }

    private Guid UserId => UserClaims.UserIdOf(User)!.Value;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await tokens.ListAsync(UserId, cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var request = new CreateTokenRequest(Name, Scope, ExpiresInDays);
        Errors = ApiTokens.Validate(request);
        if (Errors.Count == 0)
        {
            Created = await tokens.CreateAsync(UserId, UserClaims.OrganizationIdOf(User)!.Value, request, cancellationToken).ConfigureAwait(false);
            Name = null;
        }

        Items = await tokens.ListAsync(UserId, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await tokens.RevokeAsync(UserId, id, cancellationToken).ConfigureAwait(false))
        {
            SetStatus("Token revoked.");
        }

        return RedirectToPage();
    }
}
