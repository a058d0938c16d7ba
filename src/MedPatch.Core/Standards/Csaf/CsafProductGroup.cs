namespace MedPatch.Core.Standards.Csaf;

/// <summary>A named set of at least two products (section 3.2.2.3).</summary>
public sealed record CsafProductGroup(string GroupId, IReadOnlyList<string> ProductIds, string? Summary);
