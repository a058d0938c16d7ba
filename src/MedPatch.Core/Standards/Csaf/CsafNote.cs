namespace MedPatch.Core.Standards.Csaf;

/// <summary>A text blob in the document or a vulnerability (section 3.1.6).</summary>
public sealed record CsafNote(CsafNoteCategory Category, string Text, string? Title, string? Audience);
