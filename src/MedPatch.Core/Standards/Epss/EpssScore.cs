namespace MedPatch.Core.Standards.Epss;

/// <summary>One row: the probability of exploitation in the next 30 days and its rank among all scored CVEs.</summary>
public sealed record EpssScore(string Cve, double Epss, double Percentile);
