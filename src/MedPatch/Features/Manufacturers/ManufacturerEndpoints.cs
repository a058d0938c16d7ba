namespace MedPatch.Features.Manufacturers;

public static class ManufacturerEndpoints
{
    public static RouteGroupBuilder MapManufacturerEndpoints(this RouteGroupBuilder api)
    {
        return api;
    }
}
