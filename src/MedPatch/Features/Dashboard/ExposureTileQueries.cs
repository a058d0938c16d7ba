using MedPatch.Features.Exposures;

namespace MedPatch.Features.Dashboard;

/// <summary>
/// Counts the exposure tiles through <see cref="ExposureQueries"/>, the listing behind <c>/exposures</c> and
/// <c>GET /api/v1/exposures</c>, with the filter each tile links to; so a tile's number is the total its link shows.
/// </summary>
public sealed class ExposureTileQueries(ExposureQueries exposures, TimeProvider clock)
{
    public const int TopModels = 10;

    /// <summary>The filter every tile starts from: unmitigated exposures.</summary>
    public static ExposureFilter Unmitigated { get; } = new(Unmitigated: true);

    public async Task<ExposureTiles> GetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var all = await exposures.CountAsync(new ExposureFilter(), cancellationToken).ConfigureAwait(false);
        if (all == 0)
        {
            return new ExposureTiles(new Dictionary<string, int>(StringComparer.Ordinal), [], 0, 0, 0);
        }

        var perDecision = await exposures.CountByDecisionAsync(Unmitigated, cancellationToken).ConfigureAwait(false);
        var top = await exposures.TopModelsAsync(Unmitigated, TopModels, cancellationToken).ConfigureAwait(false);
        var unsupported = await exposures.CountAsync(Unmitigated with { EndOfSupportOn = today }, cancellationToken).ConfigureAwait(false);
        return new ExposureTiles(perDecision, top, perDecision.Values.Sum(), unsupported, all);
    }
}
