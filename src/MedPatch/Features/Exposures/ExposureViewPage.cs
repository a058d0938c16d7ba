namespace MedPatch.Features.Exposures;

/// <summary>One page of the exposures page: the same rows, order and total as <see cref="ExposurePage"/>.</summary>
public sealed record ExposureViewPage(IReadOnlyList<ExposureView> Items, int Total, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
