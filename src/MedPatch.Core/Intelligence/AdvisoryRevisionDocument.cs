namespace MedPatch.Core.Intelligence;

/// <summary>One imported revision of an advisory, the document kept byte for byte as it was published.</summary>
public sealed class AdvisoryRevisionDocument : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AdvisoryId { get; set; }
    public required string Version { get; set; }
    public DateTime? CurrentReleaseDate { get; set; }
    public DateTime ImportedAt { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>: the same bytes are never stored twice.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The original document bytes, verbatim (signatures and checksums refer to them).</summary>
    public required byte[] Content { get; set; }
}
