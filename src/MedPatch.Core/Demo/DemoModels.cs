namespace MedPatch.Core.Demo;

/// <summary>
/// The demo's device models. Weights are devices per ~1,500 of a fleet; the unsupported models carry about half the
/// weight because hospitals report over half their fleet past end of support (legacy pumps and monitors dominate).
/// </summary>
public static class DemoModels
{
    // Patch policy shorthand (see ModelSpec.Flag): c = customer may install, r = remote push, m = manufacturer must install.
    public static IReadOnlyList<ModelSpec> All { get; } =
    [
        // Infusion and syringe pumps: the bulk of any fleet, and the classic legacy problem.
        M("Baxter", "Sigma Spectrum", "Infusion pump", "35700BAX2", -84, -24, 140, "c", 20, "6.02.13", "8.00.01"),
        M("Baxter", "Spectrum IQ", "Infusion pump", "35700BAX3", null, 72, 45, "rc", 15, "9.01.02", "9.02.00"),
        M("BD", "Alaris System PC Unit", "Infusion pump", "8015", null, 24, 60, "c", 25, "9.19.2", "12.1.2", "12.3"),
        M("BD", "Alaris Medley", "Infusion pump", "8000", -144, -96, 45, "?", 25, "8.1", "9.1.18"),
        M("BD", "Alaris Syringe Module", "Syringe pump", "8110", null, 24, 30, "c", 15, "9.19.2", "12.1.2"),
        M("B. Braun", "Infusomat Space", "Infusion pump", "8713050", null, 60, 45, "c", 15, "688F", "695D"),
        M("B. Braun", "Perfusor Space", "Syringe pump", "8713030", null, 60, 35, "c", 15, "688F", "695D"),
        M("B. Braun", "Outlook 400ES", "Infusion pump", "621-400ES", -60, -12, 35, "m", 30, "4.10", "4.12"),
        M("ICU Medical", "Plum 360", "Infusion pump", "30010", null, 48, 40, "rc", 20, "15.10", "15.2"),
        M("ICU Medical", "Plum A+", "Infusion pump", "11971", -108, -48, 90, "c", 20, "13.4", "13.41"),
        M("ICU Medical", "Medfusion 4000", "Syringe pump", "4000", -48, -6, 20, "c", 15, "1.6.1", "1.7.0"),
        M("Fresenius Kabi", "Agilia VP MC", "Infusion pump", "Z022765", null, 84, 25, "c", 15, "2.3", "2.4"),
        M("Fresenius Kabi", "Agilia SP MC", "Syringe pump", "Z022785", null, 84, 20, "c", 15, "2.3", "2.4"),

        // Monitoring: bedside, central, telemetry, spot checks.
        M("GE HealthCare", "CARESCAPE B450", "Patient monitor", "B450", null, 36, 30, "rc", 30, "2.0.5", "3.1"),
        M("GE HealthCare", "CARESCAPE B650", "Patient monitor", "B650", null, 48, 25, "rc", 30, "2.0.5", "3.1"),
        M("GE HealthCare", "Dash 4000", "Patient monitor", "2023865-001", -132, -84, 45, "?", 45, "6.5", "7.1"),
        M("GE HealthCare", "CARESCAPE Central Station", "Central station", "CSCS", null, 24, 6, "rm", 120, "2.0", "2.1"),
        M("GE HealthCare", "ApexPro Telemetry", "Telemetry transmitter", "ApexPro CH", -72, -36, 45, "m", 60, "4.1", "4.2"),
        M("GE HealthCare", "MAC 5500 HD", "ECG cart", "MAC5500HD", -60, -30, 12, "c", 30, "010C", "012A"),
        M("GE HealthCare", "Revolution CT", "CT scanner", "Revolution", null, 60, 2, "rm", 240, "20MW18", "22MW24"),
        M("GE HealthCare", "SIGNA Artist", "MRI scanner", "SIGNA Artist 1.5T", null, 72, 1, "rm", 240, "RX29", "MR30.1"),
        M("GE HealthCare", "Aisys CS2", "Anesthesia workstation", "M1170000", null, 36, 10, "m", 90, "11", "12"),
        M("Philips", "IntelliVue MX450", "Patient monitor", "866062", null, 48, 30, "c", 30, "M.00", "N.01"),
        M("Philips", "IntelliVue MP50", "Patient monitor", "M8004A", -120, -60, 70, "?", 45, "H.15", "J.10"),
        M("Philips", "IntelliVue Information Center iX", "Central station", "866389", null, 24, 5, "rm", 120, "B.0", "C.0"),
        M("Philips", "IntelliVue MX40", "Telemetry transmitter", "865350", null, 48, 25, "c", 20, "B.06", "C.00"),
        M("Philips", "HeartStart MRx", "Defibrillator", "M3535A", -96, -36, 20, "m", 45, "F.01", "F.04"),
        M("Philips", "PageWriter TC70", "ECG cart", "860315", null, 24, 10, "c", 30, "A.07", "A.08"),
        M("Philips", "Ingenuity CT", "CT scanner", "728326", -72, -12, 2, "rm", 240, "4.1", "4.2"),
        M("Dräger", "Evita V500", "Ventilator", "8419000", null, 60, 15, "m", 60, "2.51", "2.60"),
        M("Dräger", "Evita XL", "Ventilator", "8412000", -120, -48, 15, "m", 60, "7.03", "7.10"),
        M("Dräger", "Perseus A500", "Anesthesia workstation", "8621500", null, 60, 6, "m", 90, "2.02", "2.10"),
        M("Dräger", "Infinity Delta", "Patient monitor", "MS18986", -108, -54, 45, "?", 45, "VF9", "VF10"),
        M("Medtronic", "Puritan Bennett 980", "Ventilator", "PB980", null, 48, 10, "c", 45, "2.2", "2.6"),
        M("Medtronic", "Puritan Bennett 840", "Ventilator", "4-840000", -120, -60, 12, "m", 60, "4.0", "4.6"),
        M("Medtronic", "Nellcor Bedside SpO2 Monitor", "Pulse oximeter", "PM1000N", null, 36, 20, "c", 10, "1.2", "1.4"),
        M("Mindray", "BeneVision N12", "Patient monitor", "N12", null, 84, 15, "c", 30, "3.2", "3.5"),
        M("Mindray", "BeneView T5", "Patient monitor", "T5", -96, -30, 20, "?", 45, "10.9", "11.2"),
        M("Nihon Kohden", "Life Scope G5", "Patient monitor", "BSM-5100", null, 48, 10, "c", 30, "03-20", "04-02"),
        M("Nihon Kohden", "CNS-6201 Central Nurse Station", "Central station", "CNS-6201", -72, -24, 3, "m", 120, "01-14", "01-17"),
        M("Masimo", "Radical-7", "Pulse oximeter", "9216", null, 24, 25, "c", 10, "7.8.1", "7.9.2"),
        M("Baxter", "Welch Allyn Connex Spot Monitor", "Vital signs monitor", "71WT", null, 36, 35, "rc", 15, "1.52", "1.71"),
        M("Ascom", "Telligence", "Nurse call", "NC-TL", null, null, 40, "m", 60, "7.2", "8.0"),

        // Resuscitation and respiratory care.
        M("Stryker", "LIFEPAK 15", "Defibrillator", "V15-2", null, 36, 15, "c", 20, "3.01", "4.04"),
        M("Stryker", "LIFEPAK 20e", "Defibrillator", "3202700", -84, -30, 30, "m", 30, "2.8", "3.0"),
        M("Zoll", "R Series", "Defibrillator", "R Series ALS", -72, -18, 15, "c", 30, "22.11", "23.04"),
        M("Getinge", "Servo-u", "Ventilator", "6694800", null, 72, 10, "m", 60, "4.2", "4.4"),
        M("Getinge", "Servo-i", "Ventilator", "6487800", -84, -12, 12, "m", 60, "7.0", "8.0"),
        M("Hamilton Medical", "HAMILTON-C6", "Ventilator", "161002", null, 84, 6, "c", 45, "2.2.2", "3.0.1"),

        // Imaging.
        M("Siemens Healthineers", "SOMATOM go.Up", "CT scanner", "11060921", null, 72, 2, "rm", 240, "VA30", "VA40"),
        M("Siemens Healthineers", "MAGNETOM Aera", "MRI scanner", "10849583", -60, -6, 1, "rm", 300, "VE11C", "XA20"),
        M("Canon Medical", "Aquilion ONE", "CT scanner", "TSX-305A", null, 48, 1, "rm", 240, "8.9", "10.0"),
        M("Canon Medical", "Aplio i800", "Ultrasound", "TUS-AI800", null, 60, 4, "m", 60, "5.0", "6.0"),
        M("Fujifilm", "FDR Go PLUS", "X-ray system", "DR-XD 1000", null, 48, 4, "m", 90, "2.3", "3.1"),
        M("Fujifilm", "Synapse PACS Workstation", "PACS workstation", "Synapse 7", null, null, 12, "rc", 30, "7.1", "7.3"),
        M("Hologic", "Selenia Dimensions", "Mammography system", "SDM-00001", -48, -12, 2, "m", 240, "1.11", "1.12"),

        // Laboratory and point of care.
        M("Siemens Healthineers", "RAPIDPoint 500", "Blood gas analyzer", "10492730", -54, -18, 8, "m", 60, "3.3", "4.1"),
        M("Siemens Healthineers", "Atellica Solution", "Lab analyzer", "11066000", null, 84, 3, "rm", 120, "1.25", "1.28"),
        M("Abbott", "i-STAT 1", "Blood gas analyzer", "300-G", null, 24, 15, "c", 10, "JAMS 144", "JAMS 151"),
        M("Abbott", "FreeStyle Precision Pro", "Glucose meter", "71384-01", null, 60, 20, "rc", 10, "1.0.8", "1.1.0"),
        M("Roche Diagnostics", "Accu-Chek Inform II", "Glucose meter", "05060295001", -48, -12, 60, "c", 10, "3.3", "4.0"),
        M("Roche Diagnostics", "cobas 6000", "Lab analyzer", "c501", -84, -36, 3, "m", 120, "05-02", "06-01"),
        M("Beckman Coulter", "UniCel DxC 800", "Lab analyzer", "A94420", -96, -48, 2, "m", 120, "5.1", "5.3"),
        M("Sysmex", "XN-1000", "Hematology analyzer", "XN-10", null, 24, 3, "m", 120, "00-21", "00-26"),
        M("Radiometer", "ABL90 FLEX", "Blood gas analyzer", "393-839", null, 48, 5, "rm", 60, "3.5", "3.6"),
        M("BD", "Pyxis MedStation ES", "Medication dispensing cabinet", "ES", null, 48, 12, "rm", 60, "1.5", "1.7"),
    ];

    private static ModelSpec M(
        string manufacturer, string name, string type, string number, int? endOfSaleMonths, int? endOfSupportMonths, int weight,
        string patch, int installMinutes, params string[] versions) =>
        new(manufacturer, name, type, number, endOfSaleMonths, endOfSupportMonths, weight, patch, installMinutes, versions);
}
