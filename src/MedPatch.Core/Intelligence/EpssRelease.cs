namespace MedPatch.Core.Intelligence;

/// <summary>An imported daily EPSS file: which model scored it and for which day.</summary>
public sealed class EpssRelease : ICatalogRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string? ModelVersion { get; set; }
    public DateOnly? ScoreDate { get; set; }
    public int Count { get; set; }
    public required string Sha256 { get; set; }
    public DateTime ImportedAt { get; set; }
}
