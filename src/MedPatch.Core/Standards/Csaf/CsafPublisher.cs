namespace MedPatch.Core.Standards.Csaf;

/// <summary>The issuer of the document (section 3.2.1.8).</summary>
public sealed record CsafPublisher(
    CsafPublisherCategory Category,
    string Name,
    string Namespace,
    string? ContactDetails,
    string? IssuingAuthority);
