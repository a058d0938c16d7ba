namespace MedPatch.Features.Facilities;

public static class FacilityEndpoints
{
    public static RouteGroupBuilder MapFacilityEndpoints(this RouteGroupBuilder api)
    {
        return api;
    }
}
