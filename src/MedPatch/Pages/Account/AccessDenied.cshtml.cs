using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    // The page explains in words; the status tells programs and tests the same thing.
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
