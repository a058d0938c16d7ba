namespace MedPatch.Features.Facilities;

/// <summary>What <see cref="FacilityService.CreateAsync"/> did.</summary>
public abstract record FacilityCreateOutcome
{
    private FacilityCreateOutcome()
    {
    }

    public sealed record Created(FacilityListItem Facility) : FacilityCreateOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : FacilityCreateOutcome;

    public sealed record Conflict(string Detail) : FacilityCreateOutcome;
}
