namespace MedPatch.Core.Matching;

/// <summary>
/// Devices that match alike: same model, same software version text (null when unknown) and same support state.
/// Versions are evaluated once per group, never per device.
/// </summary>
internal readonly record struct DeviceGroup(Guid ModelId, string? Version, bool Unsupported);
