using MedPatch.Core.Manufacturers;

namespace MedPatch.Features.Manufacturers;

public sealed record ManufacturerListItem(
    Guid Id,
    string Name,
    string? PsirtContact,
    string? Website,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ChannelItem> Channels,
    int ModelCount,
    int DeviceCount);

public sealed record ChannelItem(Guid Id, ChannelKind Kind, string Address, string? Notes);
