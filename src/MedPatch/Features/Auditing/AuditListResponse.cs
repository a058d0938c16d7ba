namespace MedPatch.Features.Auditing;

/// <summary>A page of <c>GET /api/v1/audit</c>.</summary>
public sealed record AuditListResponse(IReadOnlyList<AuditRecordResponse> Items, int Total, int Page, int PageSize);
