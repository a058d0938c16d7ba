namespace MedPatch.Core.Matching;

/// <summary>
/// One device as the engine needs it. <see cref="SoftwareVersion"/> is null when the inventory does not know it;
/// <see cref="Unsupported"/> is true when the device is past its end of support.
/// </summary>
public sealed record MatchDevice(Guid Id, Guid ModelId, string? SoftwareVersion, bool Unsupported);
