using MedPatch.Core.Manufacturers;

namespace MedPatch.Core.Demo;

/// <summary>A device maker of the demo catalog: its names, where it publishes security news, and its home town.</summary>
public sealed record ManufacturerSpec(
    string Name,
    string Domain,
    string HeadquartersCity,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ChannelKind> Channels);
