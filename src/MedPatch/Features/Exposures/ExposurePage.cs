namespace MedPatch.Features.Exposures;

/// <summary>One page of <c>GET /api/v1/exposures</c>, shaped like the device list: <c>{items, total, page, page_size}</c>.</summary>
public sealed record ExposurePage(IReadOnlyList<ExposureListItem> Items, int Total, int Page, int PageSize);
