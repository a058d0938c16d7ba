namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// The "document" object (section 3.2.1). <paramref name="Category"/> stays a string: the standard defines profiles
/// such as csaf_security_advisory and csaf_vex but allows any other category as csaf_base.
/// </summary>
public sealed record CsafDocumentMetadata(
    string Category,
    string CsafVersion,
    string Title,
    string? Lang,
    string? SourceLang,
    CsafPublisher Publisher,
    CsafTracking Tracking,
    IReadOnlyList<CsafNote> Notes,
    IReadOnlyList<CsafReference> References,
    CsafDistribution? Distribution,
    CsafAggregateSeverity? AggregateSeverity,
    IReadOnlyList<CsafAcknowledgment> Acknowledgments);
