using MedPatch.Core.Devices;

namespace MedPatch.Core.Demo;

/// <summary>Where each device type is found, which VLAN it sits on, and what it means for patients.</summary>
public static class DemoDeviceTypes
{
    private const string Ed = DemoHospitals.Emergency;
    private const string Icu = DemoHospitals.IntensiveCare;
    private const string MedSurg = DemoHospitals.MedicalSurgical;
    private const string Cardio = DemoHospitals.Cardiology;
    private const string Rad = DemoHospitals.Radiology;
    private const string Lab = DemoHospitals.Laboratory;
    private const string Or = DemoHospitals.OperatingRooms;
    private const string Onc = DemoHospitals.Oncology;
    private const string Nicu = DemoHospitals.NeonatalIcu;
    private const string Pharm = DemoHospitals.Pharmacy;

    private static readonly DeviceTypeProfile[] Profiles =
    [
        new("Infusion pump", "Intravenous drug and fluid delivery", "ivp", [Ed, Icu, MedSurg, MedSurg, Onc, Or, Nicu], 60, ClinicalCriticality.High, true, false, 92),
        new("Syringe pump", "Low-volume continuous drug delivery", "syp", [Icu, Nicu, Or, Ed], 60, ClinicalCriticality.LifeCritical, true, false, 85),
        new("Patient monitor", "Bedside physiological monitoring", "pmon", [Icu, Ed, MedSurg, Or, Nicu, Cardio], 20, ClinicalCriticality.High, true, true, 97),
        new("Central station", "Central surveillance of monitored patients", "cns", [Icu, Ed, Cardio, MedSurg], 20, ClinicalCriticality.High, false, true, 100),
        new("Telemetry transmitter", "Ambulatory ECG telemetry", "tele", [Cardio, MedSurg], 50, ClinicalCriticality.High, true, false, 100),
        new("ECG cart", "12-lead diagnostic ECG", "ecg", [Cardio, Ed, MedSurg], 20, ClinicalCriticality.Medium, true, true, 90),
        new("Vital signs monitor", "Spot-check vital signs", "vsm", [MedSurg, Ed, Onc], 120, ClinicalCriticality.Medium, true, true, 95),
        new("Pulse oximeter", "Continuous SpO2 monitoring", "spo2", [MedSurg, Icu, Nicu], 20, ClinicalCriticality.High, true, false, 60),
        new("Ventilator", "Mechanical ventilation", "vent", [Icu, Icu, Nicu, Ed], 20, ClinicalCriticality.LifeCritical, true, false, 80),
        new("Anesthesia workstation", "Anesthesia delivery and ventilation", "anes", [Or], 20, ClinicalCriticality.LifeCritical, true, true, 90),
        new("Defibrillator", "Defibrillation and pacing", "defib", [Ed, Icu, Cardio, MedSurg, Or], 99, ClinicalCriticality.LifeCritical, true, false, 35),
        new("Nurse call", "Patient call and staff alerting", "nc", [MedSurg, Icu, Ed, Onc, Nicu], 70, ClinicalCriticality.Medium, false, false, 100),
        new("CT scanner", "Computed tomography", "ct", [Rad], 30, ClinicalCriticality.Medium, false, true, 100),
        new("MRI scanner", "Magnetic resonance imaging", "mr", [Rad], 30, ClinicalCriticality.Medium, false, true, 100),
        new("X-ray system", "Digital radiography", "xr", [Rad, Ed], 30, ClinicalCriticality.Medium, false, true, 100),
        new("Mammography system", "Breast imaging", "mg", [Rad], 30, ClinicalCriticality.Medium, false, true, 100),
        new("Ultrasound", "Diagnostic ultrasound", "us", [Rad, Cardio, Ed], 30, ClinicalCriticality.Medium, true, true, 95),
        new("PACS workstation", "Diagnostic image reading", "pacs", [Rad], 30, ClinicalCriticality.Low, false, true, 100),
        new("Lab analyzer", "Clinical chemistry and immunoassay", "lab", [Lab], 40, ClinicalCriticality.Medium, false, true, 100),
        new("Hematology analyzer", "Complete blood count", "hem", [Lab], 40, ClinicalCriticality.Medium, false, true, 100),
        new("Blood gas analyzer", "Blood gas and electrolytes", "bga", [Lab, Icu, Ed], 40, ClinicalCriticality.High, false, true, 95),
        new("Glucose meter", "Point-of-care blood glucose", "glu", [MedSurg, Icu, Ed, Nicu, Onc], 120, ClinicalCriticality.Medium, false, true, 90),
        new("Medication dispensing cabinet", "Automated medication dispensing", "adc", [Pharm, Ed, Icu, MedSurg], 20, ClinicalCriticality.Medium, false, true, 100),
    ];

    public static IReadOnlyList<DeviceTypeProfile> All => Profiles;

    public static DeviceTypeProfile For(string deviceType) =>
        Profiles.FirstOrDefault(p => string.Equals(p.DeviceType, deviceType, StringComparison.Ordinal))
        ?? throw new ArgumentException("no demo profile for device type " + deviceType, nameof(deviceType));
}
