using MedPatch.Data.Identity;
using MedPatch.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Account;

/// <summary>The second step of signing in when the account has an authenticator app: a 6-digit code or a recovery code.</summary>
public sealed class TwoFactorModel(SignInManager<MedPatchUser> signIn, UserAccounts accounts) : PageModel
{
    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    [BindProperty(Name = "recovery_code")]
    public string? RecoveryCode { get; set; }

    [BindProperty(Name = "returnUrl", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false) is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var result = !string.IsNullOrWhiteSpace(RecoveryCode)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal)).ConfigureAwait(false)
            : await signIn.TwoFactorAuthenticatorSignInAsync(
                (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal),
                isPersistent: false, rememberClient: false).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await accounts.RecordSignInAsync(user.Email ?? user.UserName ?? string.Empty, cancellationToken).ConfigureAwait(false);
            return LocalRedirect(SignInModel.SafeReturnUrl(Url, ReturnUrl));
        }

        Error = result.IsLockedOut ? "Too many failed attempts: this account is locked for a while." : "That code is not right.";
        return Page();
    }
}
