using System.ComponentModel;
using MedPatch.Core.Matching;
using MedPatch.Core.Risk;
using MedPatch.Features.Devices;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Features.Exposures;

/// <summary>Query string of <c>GET /api/v1/exposures</c>: the filters of <c>medpatch exposures</c>, snake_case like the JSON.</summary>
public sealed class ExposureListParameters
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;

    [FromQuery(Name = "decision")]
    [Description("defer, scheduled, out_of_cycle or immediate.")]
    public string? Decision { get; init; }

    [FromQuery(Name = "device")]
    [Description("A device's asset tag.")]
    public string? Device { get; init; }

    [FromQuery(Name = "cve")]
    [Description("One CVE id.")]
    public string? Cve { get; init; }

    [FromQuery(Name = "confidence")]
    [Description("low, medium or high.")]
    public string? Confidence { get; init; }

    [FromQuery(Name = "unmitigated")]
    [Description("true: only affected or possible exposures nobody has closed, mitigated, accepted or fixed.")]
    public bool? Unmitigated { get; init; }

    [FromQuery(Name = "page")]
    [Description("1-based page number (default 1).")]
    public int? Page { get; init; }

    [FromQuery(Name = "page_size")]
    [Description("Exposures per page, 1 to 500 (default 50).")]
    public int? PageSize { get; init; }

    /// <summary>The filter, or the errors naming each bad parameter; values parse the way the command line parses them.</summary>
    public (ExposureFilter? Filter, Dictionary<string, string[]> Errors) Check()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var decision = Parse<DeployerDecision>(Decision, "decision", errors);
        var confidence = Parse<MatchConfidence>(Confidence, "confidence", errors);
        if (Page is < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["page_size"] = [$"must be between 1 and {MaxPageSize}"];
        }

        var filter = new ExposureFilter(decision, Blank(Device), Blank(Cve), confidence, Unmitigated ?? false);
        return (errors.Count == 0 ? filter : null, errors);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static TEnum? Parse<TEnum>(string? text, string name, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (SnakeCaseEnum.TryParse<TEnum>(text.Trim(), out var value))
        {
            return value;
        }

        errors[name] = [$"must be one of {SnakeCaseEnum.Names<TEnum>()}"];
        return null;
    }
}
