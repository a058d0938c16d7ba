using MedPatch.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Account;

/// <summary>Signing out is a POST with an antiforgery token, so another site cannot sign people out with a link.</summary>
public sealed class SignOutModel(SignInManager<MedPatchUser> signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return RedirectToPage("/Account/SignIn");
    }
}
