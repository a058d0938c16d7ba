namespace MedPatch.Core.Standards.Epss;

/// <summary>
/// A daily EPSS file whose metadata is read up front and whose rows are read as they are enumerated, so the
/// 250,000-row file never sits in memory. Rows can be enumerated once; disposing closes the underlying reader.
/// </summary>
/// <param name="ModelVersion">Such as "v2023.03.01"; null for files published before FIRST added the comment line.</param>
/// <param name="ScoreDate">The day the scores are for; null when the comment line is absent.</param>
public sealed record EpssFile(string? ModelVersion, DateTimeOffset? ScoreDate, IEnumerable<EpssScore> Scores)
    : IDisposable
{
    internal TextReader? Reader { get; init; }

    public void Dispose() => Reader?.Dispose();
}
