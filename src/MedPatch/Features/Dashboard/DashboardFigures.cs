namespace MedPatch.Features.Dashboard;

/// <summary>Everything the dashboard shows, counted in the database.</summary>
public sealed record DashboardFigures(
    int Devices,
    int Facilities,
    int Manufacturers,
    int Models,
    IReadOnlyList<DashboardCount> ByFacility,
    IReadOnlyList<DashboardCount> ByManufacturer,
    IReadOnlyList<DashboardCount> ByDeviceType,
    int Supported,
    int EndOfSupport,
    int UnknownSupport)
{
    public double ShareEndOfSupport => Devices == 0 ? 0 : (double)EndOfSupport / Devices;

    public double ShareUnknownSupport => Devices == 0 ? 0 : (double)UnknownSupport / Devices;
}

/// <summary>One bar of a breakdown. <see cref="IsRest"/> marks the "others" row that sums what the top list leaves out.</summary>
public sealed record DashboardCount(string Label, int Count, bool IsRest = false);
