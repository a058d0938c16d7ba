namespace MedPatch.Core.Intelligence.Normalization;

/// <summary>
/// A version range as written and, when it could be expressed as one, as a canonical vers string.
/// <see cref="Note"/> says why <see cref="Vers"/> is null, or what had to be assumed to build it.
/// </summary>
public sealed record VersionRangeText(string Raw, string? Vers, string? Note)
{
    public bool IsVers => Vers is not null;
}
