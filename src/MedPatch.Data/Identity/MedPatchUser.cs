using Microsoft.AspNetCore.Identity;

namespace MedPatch.Data.Identity;

/// <summary>A person who signs in: an ASP.NET Core Identity user that belongs to one organization.</summary>
public sealed class MedPatchUser : IdentityUser<Guid>
{
    public MedPatchUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid OrganizationId { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>A disabled user cannot sign in and its tokens stop working; the account stays for the audit trail.</summary>
    public bool Disabled { get; set; }

    /// <summary>Set for users signed in through single sign-on: the provider and its subject identifier.</summary>
    public string? ExternalProvider { get; set; }

    public string? ExternalSubject { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }
}
