namespace MedPatch.Features.Intelligence.Api;

/// <summary>One page of the advisory list; <c>total</c> counts every advisory matching the filter.</summary>
public sealed record AdvisoryListResponse(IReadOnlyList<AdvisoryListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
