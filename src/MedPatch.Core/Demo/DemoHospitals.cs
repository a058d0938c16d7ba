using MedPatch.Core.Organizations;

namespace MedPatch.Core.Demo;

/// <summary>The demo health system's sites, their departments (where, on which floors, how many rooms) and its VLANs.</summary>
public static class DemoHospitals
{
    public const string HealthSystem = "Lakeside Health";

    public const string Emergency = "Emergency Department";
    public const string IntensiveCare = "Intensive Care Unit";
    public const string MedicalSurgical = "Medical-Surgical";
    public const string Cardiology = "Cardiology";
    public const string Radiology = "Radiology";
    public const string Laboratory = "Laboratory";
    public const string OperatingRooms = "Operating Rooms";
    public const string Oncology = "Oncology";
    public const string NeonatalIcu = "Neonatal ICU";
    public const string Pharmacy = "Pharmacy";

    /// <summary>A department's place in a building: floors it spans and rooms per floor.</summary>
    public sealed record Department(string Name, string Building, IReadOnlyList<string> Floors, string RoomPrefix, int RoomsPerFloor);

    /// <summary>A hospital with its share of the fleet (in percent).</summary>
    public sealed record Hospital(string Name, string Code, int FleetPercent, IReadOnlyList<Department> Departments);

    public sealed record Segment(string Name, int Vlan, SegmentExposure Exposure);

    public static IReadOnlyList<Hospital> Hospitals { get; } =
    [
        new("Lakeside General Hospital", "LGH", 64,
        [
            new(Emergency, "Main", ["1"], "ED-", 24),
            new(IntensiveCare, "Main", ["3"], "3", 20),
            new(MedicalSurgical, "North Tower", ["4", "5", "6"], string.Empty, 28),
            new(Cardiology, "North Tower", ["2"], "2", 16),
            new(Radiology, "Main", ["B1"], "RAD-", 12),
            new(Laboratory, "Main", ["B1"], "LAB-", 6),
            new(OperatingRooms, "Main", ["2"], "OR-", 14),
            new(Oncology, "Cancer Center", ["1", "2"], "C", 12),
            new(NeonatalIcu, "Women's Pavilion", ["3"], "N3", 16),
            new(Pharmacy, "Main", ["B1"], "PH-", 2),
        ]),
        new("Lakeside Harbor Community Hospital", "LHC", 36,
        [
            new(Emergency, "Harbor Building", ["1"], "E", 14),
            new(IntensiveCare, "Harbor Building", ["2"], "2", 10),
            new(MedicalSurgical, "Harbor Building", ["3", "4"], string.Empty, 24),
            new(Cardiology, "Harbor Building", ["2"], "C2", 6),
            new(Radiology, "Harbor Building", ["1"], "X", 6),
            new(Laboratory, "Harbor Building", ["1"], "L", 3),
            new(OperatingRooms, "Surgery Center", ["1"], "OR", 6),
            new(Oncology, "Surgery Center", ["2"], "INF", 8),
            new(Pharmacy, "Harbor Building", ["1"], "RX", 1),
        ]),
    ];

    // Exposure is assessed on some segments and still Unset on others, as in a real first import.
    public static IReadOnlyList<Segment> Segments { get; } =
    [
        new("Clinical VLAN 20", 20, SegmentExposure.Controlled),
        new("Imaging VLAN 30", 30, SegmentExposure.Controlled),
        new("Laboratory VLAN 40", 40, SegmentExposure.Small),
        new("Telemetry VLAN 50", 50, SegmentExposure.Small),
        new("Infusion VLAN 60", 60, SegmentExposure.Unset),
        new("Nurse call VLAN 70", 70, SegmentExposure.Unset),
        new("Biomed legacy VLAN 99", 99, SegmentExposure.Open),
        new("Clinical wireless VLAN 120", 120, SegmentExposure.Unset),
    ];

    /// <summary>VLAN devices on unsupported models are often parked on, flat and old.</summary>
    public const int LegacyVlan = 99;
}
