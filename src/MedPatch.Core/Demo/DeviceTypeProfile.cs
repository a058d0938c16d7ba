using MedPatch.Core.Devices;

namespace MedPatch.Core.Demo;

/// <summary>How devices of one type are typically deployed: where, on which network, how critical, what they touch.</summary>
public sealed record DeviceTypeProfile(
    string DeviceType,
    string ClinicalFunction,
    string HostAbbreviation,
    IReadOnlyList<string> Departments,
    int SegmentVlan,
    ClinicalCriticality Criticality,
    bool PatientConnected,
    bool StoresPhi,
    int NetworkedPercent);
