using MedPatch.Core.Organizations;

namespace MedPatch.Features.Segments;

/// <summary>What <see cref="SetSegmentExposure"/> did; errors are keyed by the snake_case field name.</summary>
public abstract record SetSegmentExposureOutcome
{
    private SetSegmentExposureOutcome()
    {
    }

    public sealed record NotFound : SetSegmentExposureOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : SetSegmentExposureOutcome;

    /// <summary>
    /// The segment as now stored and what it was before. This is the point where re-ranking the exposures of the
    /// segment's devices belongs once ranks are stored; until then nothing else depends on the change.
    /// </summary>
    public sealed record SegmentExposureChanged(SegmentListItem Segment, SegmentExposure Previous) : SetSegmentExposureOutcome
    {
        public bool IsChange => Previous != Segment.Exposure;
    }
}
