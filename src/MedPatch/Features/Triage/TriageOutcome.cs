namespace MedPatch.Features.Triage;

/// <summary>What <see cref="TriageExposures"/> did; errors are keyed by the snake_case field name of the request.</summary>
public abstract record TriageOutcome
{
    private TriageOutcome()
    {
    }

    /// <summary>Nothing was changed: the request itself is wrong.</summary>
    public sealed record Invalid(IDictionary<string, string[]> Errors) : TriageOutcome;

    /// <summary>Nothing was changed: these exposures do not exist, or not for the caller.</summary>
    public sealed record NotFound(IReadOnlyList<Guid> Ids) : TriageOutcome;

    /// <summary>Every exposure asked for, as now stored, in the order asked.</summary>
    public sealed record Triaged(TriageAction Action, IReadOnlyList<TriageItem> Items) : TriageOutcome;
}
