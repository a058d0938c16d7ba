namespace MedPatch.Features.Devices;

/// <summary>One page of the device list; <c>total</c> counts every device matching the filter.</summary>
public sealed record DeviceListResponse(IReadOnlyList<DeviceListItem> Items, int Total, int Page, int PageSize);
