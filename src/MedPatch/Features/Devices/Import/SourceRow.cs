using MedPatch.Core.Inventory;

namespace MedPatch.Features.Devices.Import;

/// <summary>One row of an import file: its cells by canonical column, or the reason the row could not be read.</summary>
public readonly record struct SourceRow(int Row, string?[]? Values, ImportError? Error)
{
    public static SourceRow Failed(int row, string column, string message) => new(row, null, new ImportError(row, column, message));
}
