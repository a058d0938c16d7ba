namespace MedPatch.Core.Auditing;

/// <summary>Where the audit chain breaks first, and how.</summary>
public sealed record AuditBreak(long Sequence, string Message);
