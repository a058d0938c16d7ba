using MedPatch.Data.Identity;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace MedPatch.Pages.Account;

/// <summary>
/// Where single sign-on lands after the provider: maps the external identity to a MedPatch user and signs it in with
/// the application cookie, exactly as a local sign-in does, or explains why it may not.
/// </summary>
[AllowAnonymous]
public sealed class ExternalSignInModel(OidcUserSignIn mapper, SignInManager<MedPatchUser> signIn, IOptions<OidcOptions> options) : PageModel
{
    public string Refusal { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? returnUrl, bool failed, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);

        // The external cookie is good for this one step only.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is null)
        {
            return Refuse(failed
                ? "The identity provider did not complete the sign-in."
                : "The single sign-on did not complete or took too long. Please try again.");
        }

        var result = await mapper.MapAsync(external.Principal, cancellationToken);
        if (result.User is null)
        {
            return Refuse(result.Refusal ?? "Single sign-on refused.");
        }

        await signIn.SignInAsync(result.User, isPersistent: false, authenticationMethod: OidcSetup.Scheme);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    private PageResult Refuse(string reason)
    {
        Refusal = reason;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
