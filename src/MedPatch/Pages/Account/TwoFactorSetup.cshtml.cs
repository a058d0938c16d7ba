using System.Globalization;
using System.Text;
using MedPatch.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Account;

/// <summary>Turning an authenticator app (TOTP, RFC 6238) on or off for one's own account.</summary>
public sealed class TwoFactorSetupModel(UserManager<MedPatchUser> users, SignInManager<MedPatchUser> signIn) : PageModel
{
    public const string Issuer = "MedPatch";

    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code).ConfigureAwait(false))
        {
            Error = "That code is not right: check the time on your phone and try the current code.";
            await LoadAsync(user).ConfigureAwait(false);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10).ConfigureAwait(false) ?? []];

        // Enabling changed the security stamp; renew this session so it is not ended at the next check.
        await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        await LoadAsync(user).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false);
        await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        await LoadAsync(user).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(MedPatchUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user).ConfigureAwait(false);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
            key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false) ?? string.Empty;
        }

        SharedKey = Grouped(key);
        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? user.Id.ToString());
        AuthenticatorUri = string.Create(
            CultureInfo.InvariantCulture, $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{account}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
    }

    /// <summary>The key in groups of four, lower case, as people type it into an app.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
