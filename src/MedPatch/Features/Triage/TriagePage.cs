namespace MedPatch.Features.Triage;

/// <summary>One page of <c>GET /api/v1/triage</c>, shaped like the exposure list: <c>{items, total, page, page_size}</c>.</summary>
public sealed record TriagePage(IReadOnlyList<TriageItem> Items, int Total, int Page, int PageSize);
