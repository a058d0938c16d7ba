using System.ComponentModel;
using MedPatch.Core.Matching;
using Microsoft.AspNetCore.Mvc;

namespace MedPatch.Features.Triage;

/// <summary>Query string of <c>GET /api/v1/triage</c>: the filters of <c>medpatch triage</c>, with paging like <c>/api/v1/exposures</c>.</summary>
public sealed class TriageListParameters
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;

    [FromQuery(Name = "facility")]
    [Description("A facility's id or name.")]
    public string? Facility { get; init; }

    [FromQuery(Name = "manufacturer")]
    [Description("A manufacturer's name or alias.")]
    public string? Manufacturer { get; init; }

    [FromQuery(Name = "cve")]
    [Description("One CVE id.")]
    public string? Cve { get; init; }

    [FromQuery(Name = "confidence")]
    [Description("low or medium: high-confidence matches are not queued.")]
    public string? Confidence { get; init; }

    [FromQuery(Name = "page")]
    [Description("1-based page number (default 1).")]
    public int? Page { get; init; }

    [FromQuery(Name = "page_size")]
    [Description("Exposures per page, 1 to 500 (default 50).")]
    public int? PageSize { get; init; }

    /// <summary>The filter, or the errors naming each bad parameter; values parse the way the command line parses them.</summary>
    public (TriageFilter? Filter, Dictionary<string, string[]> Errors) Check()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        MatchConfidence? confidence = null;
        if (!string.IsNullOrWhiteSpace(Confidence))
        {
            if (TriageConfidence.TryParse(Confidence, out var value))
            {
                confidence = value;
            }
            else
            {
                errors["confidence"] = [TriageConfidence.Error];
            }
        }

        if (Page is < 1)
        {
            errors["page"] = ["must be 1 or more"];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["page_size"] = [$"must be between 1 and {MaxPageSize}"];
        }

        var filter = new TriageFilter(Blank(Facility), Blank(Manufacturer), Blank(Cve), confidence);
        return (errors.Count == 0 ? filter : null, errors);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
