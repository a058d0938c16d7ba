namespace MedPatch.Features.Devices.Import;

public enum ImportFormat
{
    Csv,
    Xlsx,
    FhirJson,
}
