using Microsoft.EntityFrameworkCore;

namespace MedPatch.Features.Exposures;

/// <summary>
/// What the pages and the dashboard read: the listing's own rows (<see cref="Rows"/>), so a page, a tile and the API
/// agree on scope and on every filter. Counting happens in SQL; only counts and one page of rows come back.
/// </summary>
public sealed partial class ExposureQueries
{
    /// <summary>The page the API would return for the same filter, with the ids the pages link by.</summary>
    public async Task<ExposureViewPage> ViewPageAsync(ExposureFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = Rows(filter);
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await ReadViewsAsync(Ordered(rows).Skip((page - 1) * pageSize).Take(pageSize), cancellationToken).ConfigureAwait(false);
        return new ExposureViewPage(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<ExposureView>> ViewAsync(ExposureFilter filter, int limit, CancellationToken cancellationToken) =>
        await ReadViewsAsync(Ordered(Rows(filter)).Take(limit), cancellationToken).ConfigureAwait(false);

    public Task<int> CountAsync(ExposureFilter filter, CancellationToken cancellationToken) => Rows(filter).CountAsync(cancellationToken);

    /// <summary>
    /// The filter's exposures counted per decision label (out_of_cycle), whatever decision the filter names;
    /// "unranked" counts those without a decision (resolved, suppressed). Decisions without exposures are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByDecisionAsync(ExposureFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var counts = await Rows(filter with { Decision = null, Unranked = false })
            .GroupBy(x => x.Exposure.Decision)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return counts.ToDictionary(c => ExposureLabels.Of(c.Key), c => c.Count, StringComparer.Ordinal);
    }

    /// <summary>The filter's exposures counted per state and per confidence, keyed by their snake_case labels.</summary>
    public async Task<(IReadOnlyDictionary<string, int> ByState, IReadOnlyDictionary<string, int> ByConfidence)> CountByStateAndConfidenceAsync(
        ExposureFilter filter, CancellationToken cancellationToken)
    {
        var counts = await Rows(filter)
            .GroupBy(x => new { x.Exposure.State, x.Exposure.Confidence })
            .Select(g => new { g.Key.State, g.Key.Confidence, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byState = counts.GroupBy(c => ExposureLabels.Of(c.State), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
        var byConfidence = counts.GroupBy(c => ExposureLabels.Of(c.Confidence), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
        return (byState, byConfidence);
    }

    /// <summary>The models with the most exposed devices, then the most exposures; ties by manufacturer and model name.</summary>
    public async Task<IReadOnlyList<ExposureModelSummary>> TopModelsAsync(ExposureFilter filter, int top, CancellationToken cancellationToken)
    {
        // Per model and device first, so the devices of a model are a plain count: one row per device and model.
        var perDevice = Rows(filter)
            .GroupBy(x => new { x.Device.DeviceModelId, x.Model, x.Manufacturer, DeviceId = x.Device.Id })
            .Select(g => new { g.Key.DeviceModelId, g.Key.Model, g.Key.Manufacturer, Exposures = g.Count() });
        var models = await perDevice
            .GroupBy(x => new { x.DeviceModelId, x.Model, x.Manufacturer })
            .Select(g => new { g.Key.DeviceModelId, g.Key.Model, g.Key.Manufacturer, Devices = g.Count(), Exposures = g.Sum(x => x.Exposures) })
            .OrderByDescending(x => x.Devices).ThenByDescending(x => x.Exposures).ThenBy(x => x.Manufacturer).ThenBy(x => x.Model).ThenBy(x => x.DeviceModelId)
            .Take(top)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. models.Select(m => new ExposureModelSummary(m.DeviceModelId, m.Manufacturer, m.Model, m.Devices, m.Exposures))];
    }

    /// <summary>The filter's exposures counted per facility and model, ordered by facility, manufacturer and model.</summary>
    public async Task<IReadOnlyList<ExposureGroupSummary>> CountByFacilityAndModelAsync(ExposureFilter filter, CancellationToken cancellationToken)
    {
        var groups = await Rows(filter)
            .GroupBy(x => new { x.Exposure.FacilityId, x.Facility, x.Device.DeviceModelId, x.Manufacturer, x.Model })
            .Select(g => new { g.Key.FacilityId, g.Key.Facility, g.Key.DeviceModelId, g.Key.Manufacturer, g.Key.Model, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Ordered here with the ordinal comparer the API's grouping uses, so both list facilities the same way on both databases.
        return [.. groups
            .OrderBy(g => g.Facility, StringComparer.Ordinal).ThenBy(g => g.Manufacturer, StringComparer.Ordinal).ThenBy(g => g.Model, StringComparer.Ordinal)
            .Select(g => new ExposureGroupSummary(g.FacilityId, g.Facility, g.DeviceModelId, g.Manufacturer, g.Model, g.Count))];
    }
}
