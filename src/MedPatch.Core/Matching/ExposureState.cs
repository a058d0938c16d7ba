namespace MedPatch.Core.Matching;

/// <summary>
/// What a device's exposure to a vulnerability is: <see cref="Affected"/> (the statement covers the device),
/// <see cref="Possible"/> (it may: unknown version, unparseable range, SBOM component, unsupported device),
/// <see cref="Resolved"/> (the device runs a fixed version), <see cref="Suppressed"/> (the manufacturer states it is
/// not affected).
/// </summary>
public enum ExposureState
{
    Affected,
    Possible,
    Resolved,
    Suppressed,
}
