namespace MedPatch.Features.Intelligence.Api;

/// <summary>FIRST's Exploit Prediction Scoring System: probability of exploitation in the next 30 days, and its percentile.</summary>
public sealed record EpssFacts(double Score, double? Percentile, DateOnly? ScoreDate, string? ModelVersion);
