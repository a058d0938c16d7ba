namespace MedPatch.Core.Matching;

/// <summary>
/// What an incremental run changed: the exposures of the touched keys as they now are, and the keys that no longer
/// have an exposure. Applying it to the previous set gives the set a full run would. <see cref="Changed"/> are the
/// upserted exposures that are new or differ in state, confidence, patch or fixed version: a new advisory revision
/// that changes nothing for a device is not a new match (CSAF 2.0 conformance clause "CSAF asset matching system").
/// </summary>
public sealed record ExposureDelta(IReadOnlyList<Exposure> Upserted, IReadOnlyList<ExposureKey> Removed)
{
    public IReadOnlyList<Exposure> Changed { get; init; } = Upserted;

    internal static ExposureDelta Between(IReadOnlyDictionary<ExposureKey, Exposure> before, List<Exposure> upserted, List<ExposureKey> removed) =>
        new(upserted, removed)
        {
            Changed = upserted.Where(e => !before.TryGetValue(e.Key, out var old)
                || (old.State, old.Confidence, old.PatchAvailable, old.FixedVersion) != (e.State, e.Confidence, e.PatchAvailable, e.FixedVersion)).ToList(),
        };
}
