namespace MedPatch.Features.Devices;

/// <summary>Writes the device inventory as CSV or XLSX.</summary>
public sealed class ExportDevices;
