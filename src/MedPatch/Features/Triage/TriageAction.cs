namespace MedPatch.Features.Triage;

/// <summary>What a person decides about a match; each sets one <see cref="Core.Exposures.ExposureStatus"/>.</summary>
public enum TriageAction
{
    /// <summary>The device really is exposed: the match leaves the queue as confirmed.</summary>
    Confirm,

    /// <summary>The match is wrong: another product, another version, a device the statement does not cover.</summary>
    FalsePositive,

    /// <summary>The match is right but the vulnerability cannot apply here (feature not installed, interface disabled).</summary>
    NotApplicable,

    /// <summary>An earlier decision was a mistake: the match goes back to open and, when unconfirmed by the rule, to the queue.</summary>
    Reopen,
}
