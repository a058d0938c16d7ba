using MedPatch.Core.Organizations;

namespace MedPatch.Features.Segments;

/// <summary>
/// The SSVC System Exposure values a person may give a segment. <see cref="SegmentExposure.Unset"/> is only where
/// every segment starts, so it is shown but never accepted.
/// </summary>
public static class SegmentExposureValues
{
    public static IReadOnlyList<SegmentExposure> Assignable { get; } = [SegmentExposure.Small, SegmentExposure.Controlled, SegmentExposure.Open];

    /// <summary>"small, controlled, open": for error messages and help text.</summary>
    public static string Names { get; } = string.Join(", ", Assignable.Select(Name));

    /// <summary>The word the CLI, the JSON API and the page all use: unset, small, controlled, open.</summary>
    public static string Name(SegmentExposure exposure) => exposure switch
    {
        SegmentExposure.Small => "small",
        SegmentExposure.Controlled => "controlled",
        SegmentExposure.Open => "open",
        _ => "unset",
    };

    public static bool TryParse(string? text, out SegmentExposure exposure)
    {
        var trimmed = text?.Trim();
        foreach (var candidate in Assignable)
        {
            if (string.Equals(trimmed, Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                exposure = candidate;
                return true;
            }
        }

        exposure = SegmentExposure.Unset;
        return false;
    }
}
