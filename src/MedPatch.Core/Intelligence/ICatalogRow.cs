namespace MedPatch.Core.Intelligence;

/// <summary>
/// A row of the public vulnerability catalog (advisories, CVEs, KEV, EPSS, SBOMs). Such rows are written by the
/// thousand per import and their history is kept in the stored documents themselves, so they are audited once
/// per imported document rather than once per row.
/// </summary>
public interface ICatalogRow
{
}
