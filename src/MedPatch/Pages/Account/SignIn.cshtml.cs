using MedPatch.Data.Identity;
using MedPatch.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Pages.Account;

public sealed class SignInModel(SignInManager<MedPatchUser> signIn, UserManager<MedPatchUser> users, UserAccounts accounts) : PageModel
{
    [BindProperty(Name = "email")]
    public string Email { get; set; } = string.Empty;

    [BindProperty(Name = "password")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(Name = "returnUrl", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>A fresh install has no account at all; the page says how to create the first one.</summary>
    public bool NoUsersYet { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        NoUsersYet = !await users.Users.AnyAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await accounts.RecordSignInAsync(Email.Trim(), cancellationToken).ConfigureAwait(false);
            return LocalRedirect(SafeReturnUrl(Url, ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { returnUrl = SafeReturnUrl(Url, ReturnUrl) });
        }

        // One message for a wrong email, a wrong password and a disabled account, so the form does not tell
        // anyone which accounts exist.
        Error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a while. Try again later or ask an administrator."
            : "The email or password is not right.";
        Password = string.Empty;
        return Page();
    }

    /// <summary>Only a path on this site: an absolute URL would make the form an open redirect.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
