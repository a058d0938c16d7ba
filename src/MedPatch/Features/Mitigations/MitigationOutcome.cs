namespace MedPatch.Features.Mitigations;

/// <summary>What a change to a mitigation did; errors are keyed by the snake_case field name.</summary>
public abstract record MitigationOutcome
{
    private MitigationOutcome()
    {
    }

    public sealed record NotFound : MitigationOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : MitigationOutcome;

    /// <summary>The change makes no sense in the mitigation's state (verifying one that has ended).</summary>
    public sealed record Conflict(string Message) : MitigationOutcome;

    /// <summary>The mitigation as now stored; <see cref="Changed"/> is false when it already was so.</summary>
    public sealed record Done(MitigationListItem Mitigation, bool Changed) : MitigationOutcome;
}
