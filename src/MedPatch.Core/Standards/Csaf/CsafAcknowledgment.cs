namespace MedPatch.Core.Standards.Csaf;

/// <summary>Who is acknowledged for what (section 3.1.1).</summary>
public sealed record CsafAcknowledgment(
    IReadOnlyList<string> Names,
    string? Organization,
    string? Summary,
    IReadOnlyList<string> Urls);
