using MedPatch.Features.Dashboard;
using MedPatch.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages;

public sealed class IndexModel(DashboardQueries queries, ExposureTileQueries exposureTiles) : PageModel
{
    public DashboardFigures Figures { get; private set; } = null!;

    public BarChart SupportChart { get; private set; } = null!;

    public ExposureTiles Exposures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await queries.GetAsync(cancellationToken).ConfigureAwait(false);
        Exposures = await exposureTiles.GetAsync(cancellationToken).ConfigureAwait(false);
        SupportChart = new BarChart(
            "by-support", "Devices by support status", "Support status",
            [
                new DashboardCount("End of support", Figures.EndOfSupport),
                new DashboardCount("Unknown", Figures.UnknownSupport),
                new DashboardCount("Supported", Figures.Supported),
            ]);
    }
}
