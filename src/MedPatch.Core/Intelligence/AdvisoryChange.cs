namespace MedPatch.Core.Intelligence;

/// <summary>
/// One difference between two revisions of an advisory (a product's status changed, a remediation appeared or
/// went), recorded when the newer revision is imported so nobody has to diff documents by hand.
/// </summary>
public sealed class AdvisoryChange : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AdvisoryId { get; set; }
    public Guid? FromRevisionId { get; set; }
    public Guid ToRevisionId { get; set; }
    public string? FromVersion { get; set; }
    public required string ToVersion { get; set; }

    /// <summary>What kind of change, as the revision diff labels it (status_changed, remediation_added, …).</summary>
    public required string Kind { get; set; }

    public string? CveId { get; set; }
    public string? ProductKey { get; set; }

    /// <summary>The product for people: vendor, name and version.</summary>
    public string? Product { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
