using MedPatch.Core.Inventory;

namespace MedPatch.Features.Devices.Import;

/// <summary>The outcome of one import; serialised as the <c>--json</c> output.</summary>
public sealed record ImportResult(
    string File,
    string Format,
    bool DryRun,
    bool Committed,
    int Created,
    int Updated,
    int Unchanged,
    int Failed,
    IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Failed == 0 && Errors.Count == 0;
}
