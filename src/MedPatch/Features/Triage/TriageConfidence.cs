using MedPatch.Core.Matching;

namespace MedPatch.Features.Triage;

/// <summary>The confidence levels the queue holds; asking for "high" is a mistake worth saying, not an empty list.</summary>
public static class TriageConfidence
{
    public const string Error = "must be low or medium (high-confidence matches count as confirmed and are not queued)";

    public static IReadOnlyList<MatchConfidence> Queued { get; } = [MatchConfidence.Low, MatchConfidence.Medium];

    public static string Name(MatchConfidence confidence) => confidence == MatchConfidence.Low ? "low" : confidence == MatchConfidence.Medium ? "medium" : "high";

    public static bool TryParse(string? text, out MatchConfidence confidence)
    {
        var wanted = text?.Trim();
        foreach (var candidate in Queued)
        {
            if (string.Equals(wanted, Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                confidence = candidate;
                return true;
            }
        }

        confidence = default;
        return false;
    }
}
