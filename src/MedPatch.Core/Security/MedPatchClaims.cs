namespace MedPatch.Core.Security;

/// <summary>Claim types MedPatch puts on a signed-in principal, whether it came from a cookie, SSO or a token.</summary>
public static class MedPatchClaims
{
    public const string UserId = "medpatch:user_id";
    public const string Email = "medpatch:email";
    public const string OrganizationId = "medpatch:organization_id";

    /// <summary>One claim per facility the user is limited to; none means every facility of the organization.</summary>
    public const string FacilityId = "medpatch:facility_id";

    /// <summary>A role by its snake_case name (admin, clinical_engineer, …); one claim per role.</summary>
    public const string Role = "medpatch:role";

    /// <summary>Present when the caller authenticated with an API token.</summary>
    public const string TokenId = "medpatch:token_id";

    public const string TokenName = "medpatch:token_name";

    public const string TokenScope = "medpatch:token_scope";
}
