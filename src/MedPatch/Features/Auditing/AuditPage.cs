using MedPatch.Core.Auditing;

namespace MedPatch.Features.Auditing;

/// <summary>One page of audit records, newest first, with the total that match the filter.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
