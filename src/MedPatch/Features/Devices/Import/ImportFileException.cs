using MedPatch.Core.Inventory;

namespace MedPatch.Features.Devices.Import;

/// <summary>The file cannot be read at all (bad header, damaged container, invalid JSON): nothing is imported.</summary>
public sealed class ImportFileException(IReadOnlyList<ImportError> errors) : Exception(errors.Count > 0 ? errors[0].Message : "the file cannot be imported")
{
    public ImportFileException(int row, string column, string message)
        : this([new ImportError(row, column, message)])
    {
    }

    public IReadOnlyList<ImportError> Errors { get; } = errors;
}
