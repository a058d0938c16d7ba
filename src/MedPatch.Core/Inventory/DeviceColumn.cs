namespace MedPatch.Core.Inventory;

/// <summary>The canonical columns of a device import or export file, in the order an export writes them.</summary>
public enum DeviceColumn
{
    AssetTag,
    SerialNumber,
    Manufacturer,
    Model,
    ModelNumber,
    SoftwareVersion,
    Facility,
    Department,
    Building,
    Floor,
    Room,
    IpAddress,
    MacAddress,
    Hostname,
    NetworkSegment,
    ClinicalCriticality,
    PatientConnected,
    StoresPhi,
    InService,
    CmmsId,
    UdiDi,
    EndOfSupport,
}
