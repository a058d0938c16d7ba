namespace MedPatch.Features.Intelligence;

/// <summary>What storing one advisory document did.</summary>
public enum AdvisoryOutcome
{
    /// <summary>A new advisory.</summary>
    Imported,

    /// <summary>A newer revision of a known advisory: it became the current one.</summary>
    Updated,

    /// <summary>These exact bytes were stored before.</summary>
    Unchanged,

    /// <summary>A revision older than the current one: kept in the history, the current one stays.</summary>
    Older,
}
