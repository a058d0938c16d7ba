using MedPatch.Data.Identity;

namespace MedPatch.Web.Security;

/// <summary>Either the user to sign in, or a sentence for the person explaining why they may not.</summary>
public sealed record OidcSignInResult(MedPatchUser? User, string? Refusal)
{
    public static OidcSignInResult SignedIn(MedPatchUser user) => new(user, null);

    public static OidcSignInResult Refused(string reason) => new(null, reason);
}
