namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// Checks the parameters the vulnerability and advisory lists share (CVE id, paging, sort), so a bad value is a 400
/// naming it.
/// </summary>
public static class IntelligenceListValidation
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public const string NotACveId = "must be a CVE id such as CVE-2017-0143";

    public static Dictionary<string, string[]> Check(string? cve, int? page, int? pageSize, string? sort, IReadOnlyList<string> sortKeys)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(cve) && CveIds.Normalize(cve) is null)
        {
            errors["cve"] = [NotACveId];
        }

        if (page is < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["page_size"] = [$"must be between 1 and {MaxPageSize}"];
        }

        if (!IsSortKey(sort, sortKeys))
        {
            errors["sort"] = [$"must be one of {string.Join(", ", sortKeys)}, optionally prefixed with - for descending"];
        }

        return errors;
    }

    public static bool IsSortKey(string? sort, IReadOnlyList<string> sortKeys)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return true;
        }

        var key = sort.Trim();
        return sortKeys.Contains(key.StartsWith('-') ? key[1..] : key, StringComparer.OrdinalIgnoreCase);
    }
}
