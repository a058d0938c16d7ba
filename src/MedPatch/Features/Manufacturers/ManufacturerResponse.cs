using MedPatch.Core.Manufacturers;

namespace MedPatch.Features.Manufacturers;

public sealed record ManufacturerResponse(
    Guid Id,
    string Name,
    string? PsirtContact,
    string? Website,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ChannelResponse> Channels,
    int ModelCount,
    int DeviceCount)
{
    public static ManufacturerResponse From(ManufacturerListItem m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(
            m.Id, m.Name, m.PsirtContact, m.Website, m.Aliases,
            m.Channels.Select(c => new ChannelResponse(c.Id, c.Kind, c.Address, c.Notes)).ToList(), m.ModelCount, m.DeviceCount);
    }
}

public sealed record ChannelResponse(Guid Id, ChannelKind Kind, string Address, string? Notes);
