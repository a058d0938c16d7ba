namespace MedPatch.Features.Devices;

public sealed record DevicePage(IReadOnlyList<DeviceListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
