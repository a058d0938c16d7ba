namespace MedPatch.Data.Identity;

/// <summary>Limits a user to some facilities of its organization (a technician at hospital A sees hospital A only).</summary>
public sealed class UserFacility
{
    public Guid UserId { get; set; }

    public Guid FacilityId { get; set; }
}
