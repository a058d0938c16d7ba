namespace MedPatch.Features.Devices.Import;

/// <summary>What <c>medpatch import devices</c> was asked to do.</summary>
public sealed record ImportRequest(string File)
{
    /// <summary>Facility for rows that name none.</summary>
    public string? Facility { get; init; }

    /// <summary>Explicit header mapping (their header → canonical column or "ignore").</summary>
    public IReadOnlyDictionary<string, string>? Map { get; init; }

    /// <summary>Validate and count, then roll back.</summary>
    public bool DryRun { get; init; }

    /// <summary>Import the valid rows and report the others, instead of importing nothing.</summary>
    public bool SkipInvalid { get; init; }
}
