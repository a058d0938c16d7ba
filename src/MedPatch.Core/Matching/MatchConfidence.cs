namespace MedPatch.Core.Matching;

/// <summary>How sure the engine is; ordered so that a higher value is a surer match.</summary>
public enum MatchConfidence
{
    Low,
    Medium,
    High,
}
