namespace MedPatch.Features.Intelligence.Api;

/// <summary>A note of the advisory's current revision (CSAF document notes: summary, details, legal disclaimer, …).</summary>
public sealed record AdvisoryNote(string? Category, string? Title, string Text);
