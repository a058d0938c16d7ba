using Hl7.Fhir.Model;
using MedPatch.Core.Inventory;

namespace MedPatch.Features.Devices.Import;

/// <summary>
/// Reads the canonical columns out of an HL7 FHIR R4 Device. R4 has no fields for network identity, location
/// parts or criticality, so those stay absent and existing values are kept on re-import.
/// </summary>
public static class FhirDeviceMapping
{
    /// <summary>The columns a FHIR Device supplies; the others are left untouched on existing devices.</summary>
    public static readonly IReadOnlyList<DeviceColumn> Columns =
    [
        DeviceColumn.AssetTag, DeviceColumn.SerialNumber, DeviceColumn.Manufacturer, DeviceColumn.Model,
        DeviceColumn.ModelNumber, DeviceColumn.SoftwareVersion, DeviceColumn.Facility, DeviceColumn.Department,
        DeviceColumn.InService, DeviceColumn.CmmsId, DeviceColumn.UdiDi,
    ];

    private static readonly string[] AssetWords = ["asset", "assettag", "assetno", "assetnumber"];
    private static readonly string[] CmmsWords = ["cmms", "cmmsid"];

    public static string?[] ToValues(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var values = new string?[DeviceColumns.Count];
        values[(int)DeviceColumn.AssetTag] = Identifier(device, AssetWords)
            ?? device.Identifier.FirstOrDefault(i => i.Type is null && !string.IsNullOrWhiteSpace(i.Value))?.Value;
        values[(int)DeviceColumn.CmmsId] = Identifier(device, CmmsWords);
        values[(int)DeviceColumn.SerialNumber] = device.SerialNumber;
        values[(int)DeviceColumn.Manufacturer] = device.Manufacturer;
        values[(int)DeviceColumn.Model] = DeviceName(device, DeviceNameType.ModelName)
            ?? DeviceName(device, DeviceNameType.ManufacturerName)
            ?? DeviceName(device, DeviceNameType.UserFriendlyName)
            ?? device.DeviceName.FirstOrDefault()?.Name
            ?? device.ModelNumber;
        values[(int)DeviceColumn.ModelNumber] = device.ModelNumber;
        values[(int)DeviceColumn.SoftwareVersion] = device.Version.FirstOrDefault()?.Value;
        values[(int)DeviceColumn.Facility] = device.Owner?.Display;
        values[(int)DeviceColumn.Department] = device.Location?.Display;
        values[(int)DeviceColumn.UdiDi] = device.UdiCarrier.FirstOrDefault()?.DeviceIdentifier;
        values[(int)DeviceColumn.InService] = device.Status switch
        {
            Device.FHIRDeviceStatus.Active => "in_service",
            Device.FHIRDeviceStatus.Inactive => "out_of_service",
            Device.FHIRDeviceStatus.EnteredInError => "entered-in-error",
            _ => null,
        };
        return values;
    }

    private static string? Identifier(Device device, string[] words) =>
        device.Identifier.FirstOrDefault(i =>
            i.Type is { } type &&
            (words.Contains(HeaderSynonyms.Key(type.Text ?? string.Empty)) ||
             type.Coding.Any(c => words.Contains(HeaderSynonyms.Key(c.Code ?? string.Empty)))))?.Value;

    private static string? DeviceName(Device device, DeviceNameType type) =>
        device.DeviceName.FirstOrDefault(n => n.Type == type && !string.IsNullOrWhiteSpace(n.Name))?.Name;
}
