namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>The format an advisory was normalized from.</summary>
public enum AdvisorySource
{
    Csaf,
    Cve,
    Nvd,
}
