using Microsoft.AspNetCore.Authentication.Cookies;

namespace MedPatch.Web.Security;

/// <summary>The Identity application cookie: the browser session after signing in.</summary>
public static class SessionCookie
{
    public const string Name = "medpatch_session";

    /// <summary>
    /// How often a session is checked against the database (security stamp, disabled flag): disabling a user ends
    /// their sessions within this time without a database read on every page.
    /// </summary>
    public static readonly TimeSpan RevalidateEvery = TimeSpan.FromSeconds(30);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;

        // Lax, not Strict: the single sign-on callback is a cross-site redirect that must carry the new session.
        // Cross-site POSTs still carry no cookie, and every form has an antiforgery token as well.
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = "/account/sign-in";
        options.LogoutPath = "/account/sign-out";
        options.AccessDeniedPath = "/account/access-denied";
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnRedirectToLogin = context => ApiProblems.IsApi(context.Request)
            ? ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized)
            : Redirect(context);
        options.Events.OnRedirectToAccessDenied = context => ApiProblems.IsApi(context.Request)
            ? ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden)
            : Redirect(context);
    }

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
