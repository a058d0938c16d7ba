namespace MedPatch.Features.Intelligence.Api;

/// <summary>A reference a source gives: its URL, a name or summary, and category or tags.</summary>
public sealed record ReferenceLink(string Url, string? Name, IReadOnlyList<string> Tags);
