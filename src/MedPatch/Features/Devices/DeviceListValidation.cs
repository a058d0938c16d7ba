namespace MedPatch.Features.Devices;

/// <summary>
/// Checks list parameters before <see cref="DeviceQueries"/> runs, so a wrong sort key or support value is a 400
/// naming the parameter rather than an exception deep in the query.
/// </summary>
public static class DeviceListValidation
{
    public const int DefaultPageSize = 50;

    public static readonly IReadOnlyList<string> SupportValues = ["supported", "end_of_support", "unknown"];

    public static Dictionary<string, string[]> Check(string? sort, string? support, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!IsSortKey(sort))
        {
            errors["sort"] = [$"must be one of {string.Join(", ", DeviceQueries.SortKeys)}, optionally prefixed with - for descending"];
        }

        if (!string.IsNullOrWhiteSpace(support) && !IsSupportValue(support))
        {
            errors["support"] = [$"must be one of {string.Join(", ", SupportValues)}"];
        }

        if (page is < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }

        if (pageSize is < 1 or > DeviceQueries.MaxPageSize)
        {
            errors["page_size"] = [$"must be between 1 and {DeviceQueries.MaxPageSize}"];
        }

        return errors;
    }

    public static bool IsSortKey(string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return true;
        }

        var key = sort.Trim();
        key = key.StartsWith('-') ? key[1..] : key;
        return DeviceQueries.SortKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
    }

    public static bool IsSupportValue(string support) =>
        SupportValues.Contains(support.Trim(), StringComparer.OrdinalIgnoreCase) ||
        string.Equals(support.Trim(), "unsupported", StringComparison.OrdinalIgnoreCase);
}
