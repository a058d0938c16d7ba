namespace MedPatch.Features.Devices;

/// <summary>Imports devices from CSV, XLSX or FHIR R4 Device resources.</summary>
public sealed class ImportDevices;
