namespace MedPatch.Features.Intelligence.Api;

/// <summary>An advisory as other pages mention it.</summary>
public sealed record AdvisorySummary(
    Guid Id,
    string TrackingId,
    string? Title,
    string? Publisher,
    string SourceFormat,
    string CurrentVersion,
    DateTime? CurrentReleaseDate);
