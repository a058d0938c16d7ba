namespace MedPatch.Features.Auditing;

/// <summary>The outcome of walking the chain: how many records hold, and the first broken link if any.</summary>
public sealed record AuditVerification(bool Ok, long Verified, long? BrokenAt, string? Message);
