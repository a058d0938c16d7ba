namespace MedPatch.Core.Risk;

/// <summary>
/// SSVC decision point System Exposure v1.0.1 (key EXP). Unlike <see cref="Organizations.SegmentExposure"/> it has
/// no unset value: the ranking always resolves one.
/// </summary>
public enum SystemExposure
{
    /// <summary>S: local service or program; highly controlled network.</summary>
    Small,

    /// <summary>C: networked service with access restrictions or mitigations that reliably interrupt an attack.</summary>
    Controlled,

    /// <summary>O: Internet or another widely accessible network where access cannot plausibly be restricted.</summary>
    Open,
}
