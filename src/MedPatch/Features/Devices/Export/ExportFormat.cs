namespace MedPatch.Features.Devices.Export;

public enum ExportFormat
{
    Csv,
    Xlsx,
}
