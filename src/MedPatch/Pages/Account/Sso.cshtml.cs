using MedPatch.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace MedPatch.Pages.Account;

/// <summary>Starts single sign-on: sends the browser to the hospital's OpenID Connect provider.</summary>
[AllowAnonymous]
public sealed class SsoModel(IOptions<OidcOptions> options) : PageModel
{
    public IActionResult OnGet(string? returnUrl)
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }

        // Only local return addresses, so the sign-in cannot be used to bounce people to another site.
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var properties = new AuthenticationProperties { RedirectUri = Url.Page("/Account/ExternalSignIn", new { returnUrl = target }) };
        return Challenge(properties, OidcSetup.Scheme);
    }
}
