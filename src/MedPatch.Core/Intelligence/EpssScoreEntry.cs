namespace MedPatch.Core.Intelligence;

/// <summary>
/// The latest imported EPSS score of a CVE. Kept for every scored CVE (about 300,000), not only the ones in the
/// catalog, so a CVE imported later gets its score without waiting for the next EPSS file.
/// </summary>
public sealed class EpssScoreEntry : ICatalogRow
{
    public required string CveId { get; set; }
    public double Score { get; set; }
    public double Percentile { get; set; }
    public DateOnly? ScoreDate { get; set; }
}
