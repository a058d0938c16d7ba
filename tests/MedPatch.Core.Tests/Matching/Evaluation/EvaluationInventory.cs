namespace MedPatch.Core.Tests.Matching.Evaluation;

/// <summary>The confidence a careful analyst expects for an exposure (Low: "possible", the device must be checked).</summary>
internal enum Expected
{
    Low,
    Medium,
    High,
}

internal sealed record InventoryMaker(string Name, string[] Aliases);

internal sealed record InventoryModel(string Maker, string Name, string[] Numbers, string[] Aliases);

/// <summary>
/// What the analyst expects for one device and one advisory: the advisory's product ids that describe the device
/// (its vulnerabilities are those listing one of them as affected) and the confidence. An advisory a device
/// has no expectation for must not expose it.
/// </summary>
internal sealed record Expectation(string Advisory, string[] Products, Expected Level);

internal sealed record InventoryDevice(string Tag, string Model, string? Version, bool Unsupported, params Expectation[] Expect);

/// <summary>
/// A labelled hospital inventory written for the evaluation: real product names, model numbers and versions from
/// the CISA ICSMA advisories below, with devices in range, out of range, on fixed versions, of unknown version,
/// lookalike products of the same maker and devices of other makers. Aliases are what an administrator would
/// enter: renamings (Hillrom and Welch Allyn now Baxter) and names advisories use for a model.
/// </summary>
internal static class EvaluationInventory
{
    public static readonly string[] Advisories =
    [
        "icsma-17-017-01.json", "icsma-17-017-02.json", "icsma-18-037-02.json", "icsma-18-058-02.json", "icsma-18-107-01.json",
        "icsma-19-178-01.json", "icsma-19-248-01.json", "icsma-19-297-01.json", "icsma-20-023-01.json", "icsma-20-170-04.json",
        "icsma-20-170-06.json", "icsma-20-296-02.json", "icsma-20-317-01.json", "icsma-21-313-01.json", "icsma-21-322-02.json",
        "icsma-21-343-01.json", "icsma-21-355-01.json", "icsma-22-167-01.json", "icsma-22-174-01.json", "icsma-22-251-01.json",
        "icsma-22-263-01.json", "icsma-23-061-01.json",

        // Second batch, labelled before the engine was run on it.
        "icsma-19-080-01.json", "icsma-19-164-01.json", "icsma-19-311-01.json", "icsma-19-311-02.json", "icsma-20-170-01.json",
        "icsma-21-187-01.json", "icsma-21-322-01.json", "icsma-24-200-01.json",

        // Third batch, labelled before the engine was run on it.
        "icsma-18-114-01.json", "icsma-18-123-01.json", "icsma-18-156-01.json", "icsma-18-179-01.json", "icsma-18-228-01.json",
        "icsma-19-255-01.json", "icsma-20-091-01.json", "icsma-20-170-02.json", "icsma-20-177-01.json", "icsma-20-345-01.json",
        "icsma-22-151-01.json", "icsma-22-335-01.json", "icsma-24-151-01.json",
    ];

    public static readonly InventoryMaker[] Makers =
    [
        new("BD", ["Becton, Dickinson and Company", "Becton Dickinson", "CareFusion", "CME Medical"]),
        new("Baxter", ["Baxter International Inc.", "Hillrom", "Hill-Rom", "Welch Allyn"]),
        new("Philips", ["Philips Healthcare", "Koninklijke Philips N.V."]),
        new("Medtronic", ["Medtronic plc", "Covidien"]),
        new("GE HealthCare", ["GE Healthcare", "General Electric Healthcare", "GE"]),
        new("B. Braun", ["B. Braun Melsungen AG", "B. Braun Medical Inc."]),
        new("Abbott", ["Abbott Laboratories", "St. Jude Medical"]),
        new("Fresenius Kabi", []),
        new("Dräger", ["Draeger", "Drägerwerk AG & Co. KGaA"]),
        new("Mindray", ["Shenzhen Mindray Bio-Medical Electronics"]),
    ];

    public static readonly InventoryModel[] Models =
    [
        new("BD", "Alaris System", ["8015"], ["Alaris PC Unit"]),
        new("BD", "Alaris 8000 PC Unit", ["8000"], []),
        new("BD", "Alaris Systems Manager", [], []),
        new("BD", "Pyxis MedStation ES", [], []),
        new("BD", "Pyxis MedStation 4000", [], []),
        new("BD", "Pyxis Enterprise Server", [], []),
        new("Baxter", "Sigma Spectrum", ["35700BAX", "35700BAX2"], []),
        new("Baxter", "Spectrum IQ", ["35700BAX3"], []),
        new("Baxter", "Q-Stress", [], []),
        new("Baxter", "X-Scribe", [], []),
        new("Baxter", "R-Scribe", [], []),
        new("Baxter", "Vision Express", [], []),
        new("Baxter", "Connex Cardio", [], []),
        new("Baxter", "Connex Spot Monitor", [], []),
        new("Baxter", "ELI 280", [], []),
        new("Baxter", "ELI 380", [], []),
        new("Baxter", "ELI 150c", [], []),
        new("Philips", "Patient Information Center iX", [], ["PIC iX"]),
        new("Philips", "Efficia CM", ["CM10", "CM12", "CM100", "CM120", "CM150"], []),
        new("Philips", "IntelliSpace Perinatal", [], []),
        new("Philips", "IntelliSpace Portal", [], []),
        new("Philips", "Ingenia 1.5T", [], ["MRI 1.5T"]),
        new("Philips", "Ingenia 3T", [], ["MRI 3T"]),
        new("Philips", "IntelliVue MX450", ["866062"], []),
        new("Medtronic", "MiniMed Paradigm 722", ["MMT-722"], []),
        new("Medtronic", "MiniMed Paradigm 723", ["MMT-723"], []),
        new("Medtronic", "MiniMed Paradigm Veo 754", ["MMT-754"], []),
        new("Medtronic", "MiniMed 630G", ["MMT-1715", "MMT-1754", "MMT-1755"], []),
        new("Medtronic", "MiniMed 670G", [], []),
        new("Medtronic", "MiniMed 780G", ["MMT-1880"], []),
        new("Medtronic", "Micro Clinician", ["A51200"], []),
        new("Medtronic", "InterStim X Clinician", ["A51300"], []),
        new("GE HealthCare", "CARESCAPE B450", [], []),
        new("GE HealthCare", "CARESCAPE B650", [], []),
        new("GE HealthCare", "CARESCAPE B850", [], []),
        new("GE HealthCare", "CARESCAPE Central Station", [], []),
        new("GE HealthCare", "ApexPro Telemetry Server", [], []),
        new("GE HealthCare", "Clinical Information Center", [], ["CIC"]),
        new("GE HealthCare", "Optima MR360", [], []),
        new("GE HealthCare", "Optima CT660", [], []),
        new("GE HealthCare", "Discovery XR656", [], []),
        new("GE HealthCare", "Discovery XR656 Plus", [], []),
        new("GE HealthCare", "Discovery NM530c", [], []),
        new("GE HealthCare", "Xeleris", [], []),
        new("B. Braun", "SpaceCom", [], []),
        new("B. Braun", "Data module compactplus", [], []),
        new("B. Braun", "Battery Pack SP with Wi-Fi", [], []),
        new("B. Braun", "Perfusor Space", [], []),
        new("Abbott", "Ellipse", [], []),
        new("Abbott", "Unify Assura", [], []),
        new("Abbott", "Assurity", [], []),
        new("Fresenius Kabi", "Agilia Link+", [], []),
        new("Fresenius Kabi", "Agilia Partner", [], []),
        new("Medtronic", "Valleylab FT10", ["VLFT10GEN"], []),
        new("Medtronic", "Valleylab LS10", ["VLLS10GEN"], []),
        new("Medtronic", "MyCareLink Monitor", ["24950", "24952"], []),
        new("Medtronic", "CareLink 2090 Programmer", [], []),
        new("Philips", "Vue PACS", [], []),
        new("Philips", "Vue Motion", [], []),
        new("Philips", "IntelliBridge EC40", [], []),
        new("Philips", "IntelliBridge EC80", [], []),
        new("Baxter", "ExactaMix EM2400", [], []),
        new("Baxter", "ExactaMix EM1200", [], []),
        new("BD", "Alaris Gateway Workstation", [], []),
        new("Dräger", "Infinity Delta", [], []),
        new("Mindray", "BeneVision N15", [], []),

        // Third batch.
        new("BD", "Pyxis Anesthesia ES", [], ["Pyxis Anesthesia Station ES"]),
        new("BD", "Pyxis MedStation ES Server", [], []),
        new("BD", "Pyxis SupplyStation", [], []),
        new("BD", "Pyxis CIISafe", [], []),
        new("BD", "BodyGuard 323", [], []),
        new("BD", "BodyGuard 323 Color Vision", [], []),
        new("Baxter", "PrisMax", [], []),
        new("Baxter", "PrismaFlex", [], []),
        new("Baxter", "Welch Allyn Product Configuration Tool", [], []),
        new("Medtronic", "MyCareLink Smart", ["25000"], []),
        new("Philips", "IntelliVue MX800", ["865240"], []),
        new("Philips", "IntelliVue MP50", ["M8004A"], []),
        new("Philips", "IntelliVue MP5", ["M8105A"], []),
        new("Philips", "Avalon FM30", ["M2703A"], []),
        new("Philips", "PageWriter TC30", [], []),
        new("Philips", "PageWriter TC70", [], []),
        new("Philips", "EPIQ 7", [], []),
        new("Philips", "ClearVue 850", [], []),
        new("Philips", "CX50", [], []),
        new("Philips", "Sparq", [], []),
        new("Philips", "Brilliance iCT", [], []),
        new("Philips", "Brilliance 64", [], []),
        new("Philips", "Brilliance 16", [], []),
        new("Philips", "Brilliance CT Big Bore", [], []),
    ];

    /// <summary>SBOM components per model: (model, component name, version, purl).</summary>
    public static readonly (string Model, string Name, string Version, string Purl)[] Sboms =
    [
        ("Xeleris", "dcmtk", "3.6.5", "pkg:generic/offis/dcmtk@3.6.5"),
        ("IntelliSpace Perinatal", "dcmtk", "3.6.7", "pkg:generic/offis/dcmtk@3.6.7"),
    ];

    private static Expectation E(string advisory, string[] products, Expected level) => new(advisory, products, level);

    private const string Alaris2020 = "icsma-20-317-01.json";
    private const string Alaris2017 = "icsma-17-017-02.json";
    private const string AlarisPcu = "icsma-20-170-06.json";
    private const string Spectrum2020 = "icsma-20-170-04.json";
    private const string Spectrum2022 = "icsma-22-251-01.json";
    private const string Cardio = "icsma-21-343-01.json";
    private const string Eli = "icsma-22-167-01.json";
    private const string Carescape = "icsma-20-023-01.json";
    private const string GeImaging = "icsma-18-037-02.json";
    private const string Dcmtk = "icsma-22-174-01.json";
    private const string Pyxis2018 = "icsma-18-114-01.json";
    private const string Pyxis2022 = "icsma-22-151-01.json";
    private const string PyxisEs2020 = "icsma-20-091-01.json";
    private const string IntelliVue = "icsma-18-156-01.json";
    private const string IntelliVueWlan = "icsma-19-255-01.json";
    private const string Ultrasound = "icsma-20-177-01.json";
    private const string Brilliance = "icsma-18-123-01.json";

    public static readonly InventoryDevice[] Devices =
    [
        // BD Alaris: one model, three advisories, a model number in one product name and an alias for another.
        new("BD-001", "Alaris System", "9.19", false, E(Alaris2020, ["CSAFPID-0001"], Expected.High), E(Alaris2017, ["CSAFPID-0002"], Expected.High), E(AlarisPcu, ["CSAFPID-0001"], Expected.High)),
        new("BD-002", "Alaris System", "9.33.1", false, E(Alaris2020, ["CSAFPID-0001"], Expected.High)),
        new("BD-003", "Alaris System", "12.1", false, E(AlarisPcu, ["CSAFPID-0001"], Expected.High)),
        new("BD-004", "Alaris System", null, false, E(Alaris2020, ["CSAFPID-0001"], Expected.Low), E(Alaris2017, ["CSAFPID-0001", "CSAFPID-0002", "CSAFPID-0003"], Expected.Low), E(AlarisPcu, ["CSAFPID-0001"], Expected.Low)),
        new("BD-005", "Alaris 8000 PC Unit", "9.1", true, E("icsma-17-017-01.json", ["CSAFPID-0001"], Expected.High)),
        new("BD-006", "Alaris Systems Manager", "4.30", false, E(Alaris2020, ["CSAFPID-0002"], Expected.High)),
        new("BD-007", "Alaris Systems Manager", "4.40", false),
        new("BD-010", "Pyxis MedStation ES", "1.4.0", false, E("icsma-19-248-01.json", ["CSAFPID-0001"], Expected.High), E(Pyxis2018, ["CSAFPID-0005"], Expected.High), E(Pyxis2022, ["CSAFPID-00013"], Expected.High)),
        new("BD-011", "Pyxis MedStation ES", "1.5.3", false, E(Pyxis2018, ["CSAFPID-0005"], Expected.High), E(Pyxis2022, ["CSAFPID-00013"], Expected.High)),
        new("BD-012", "Pyxis MedStation 4000", "1.4", false, E(Pyxis2022, ["CSAFPID-00012"], Expected.High), E(Pyxis2018, ["CSAFPID-0004"], Expected.Low)),
        new("BD-013", "Pyxis Enterprise Server", "4.10", false, E("icsma-19-248-01.json", ["CSAFPID-0002"], Expected.High)),

        // Baxter Sigma Spectrum and Spectrum IQ: lookalikes told apart by model numbers written in the version text.
        new("BAX-001", "Sigma Spectrum", "8.1", false, E(Spectrum2020, ["CSAFPID-0001"], Expected.High), E(Spectrum2022, ["CSAFPID-0003"], Expected.High)),
        new("BAX-002", "Sigma Spectrum", "6.05", false, E(Spectrum2020, ["CSAFPID-0003"], Expected.High), E(Spectrum2022, ["CSAFPID-0004"], Expected.High)),
        new("BAX-003", "Spectrum IQ", "9.0.1", false, E(Spectrum2020, ["CSAFPID-0005"], Expected.High), E(Spectrum2022, ["CSAFPID-0001"], Expected.High)),
        new("BAX-004", "Spectrum IQ", "10.2", false),
        new("BAX-005", "Sigma Spectrum", null, false, E(Spectrum2020, ["CSAFPID-0001", "CSAFPID-0003"], Expected.Low), E(Spectrum2022, ["CSAFPID-0003", "CSAFPID-0004"], Expected.Low)),
        new("BAX-006", "Sigma Spectrum", "7.00", false),
        new("BAX-007", "Sigma Spectrum", "5.00", true, E(Spectrum2020, ["CSAFPID-0003"], Expected.Low), E(Spectrum2022, ["CSAFPID-0004"], Expected.Low)),

        // Hillrom / Welch Allyn, now Baxter: vendor "Hillrom" and "Hillrom and ELI, Baxter International Inc.".
        new("HR-001", "Q-Stress", "6.2.0", false, E(Cardio, ["CSAFPID-0002"], Expected.High)),
        new("HR-002", "X-Scribe", "6.4", false),
        new("HR-003", "R-Scribe", "7.0.0", false, E(Cardio, ["CSAFPID-0004"], Expected.High)),
        new("HR-004", "Vision Express", "6.2.0", false, E(Cardio, ["CSAFPID-0007"], Expected.High)),
        new("HR-005", "Connex Spot Monitor", "1.1.0", false),
        new("HR-006", "Connex Cardio", "1.1.1", false, E(Cardio, ["CSAFPID-0001"], Expected.High)),
        new("HR-007", "ELI 280", "2.3.1", false, E(Eli, ["CSAFPID-0003"], Expected.High)),
        new("HR-008", "ELI 380", "2.7.0", false),
        new("HR-009", "ELI 150c", null, false, E(Eli, ["CSAFPID-0001"], Expected.Low)),

        // Philips: revision letters, "<= K", "5.x.x", an unreadable range and a misspelt vendor ("Phillips").
        new("PH-001", "Patient Information Center iX", "C.02", false, E("icsma-21-322-02.json", ["CSAFPID-0002"], Expected.High)),
        new("PH-002", "Patient Information Center iX", "C.04", false),
        new("PH-004", "Efficia CM", "4.0", false, E("icsma-21-322-02.json", ["CSAFPID-0001"], Expected.Low)),
        new("PH-005", "IntelliSpace Perinatal", "J", false, E("icsma-19-297-01.json", ["CSAFPID-0001"], Expected.High)),
        new("PH-006", "IntelliSpace Perinatal", "L.01", false),
        new("PH-007", "Ingenia 1.5T", "5.4.1", false, E("icsma-21-313-01.json", ["CSAFPID-0001"], Expected.High)),
        new("PH-008", "Ingenia 3T", "6.1", false),
        new("PH-009", "IntelliSpace Portal", "8.0.2", false, E("icsma-18-058-02.json", ["CSAFPID-0001"], Expected.Medium)),
        new("PH-010", "IntelliSpace Portal", "9.0", false),
        new("PH-011", "IntelliVue MX450", "M.00.03", false, E(IntelliVue, ["CSAFPID-0002"], Expected.High)),

        // Medtronic: "522/722" product lists, "2.4A" versions, model numbers where versions belong, "Medtronic ".
        new("MDT-001", "MiniMed Paradigm 722", "2.5A", false, E("icsma-19-178-01.json", ["CSAFPID-0006"], Expected.High)),
        new("MDT-002", "MiniMed Paradigm 723", "2.4A", false, E("icsma-19-178-01.json", ["CSAFPID-0009"], Expected.High)),
        new("MDT-003", "MiniMed Paradigm 723", "2.5B", false),
        new("MDT-004", "MiniMed Paradigm Veo 754", "2.6A", false, E("icsma-19-178-01.json", ["CSAFPID-0005"], Expected.High)),
        new("MDT-005", "MiniMed 630G", "4.1", false, E("icsma-22-263-01.json", ["CSAFPID-0002"], Expected.High)),
        new("MDT-006", "MiniMed 780G", "6.0", false),
        new("MDT-007", "MiniMed 670G", "4.2", false, E("icsma-22-263-01.json", ["CSAFPID-0004"], Expected.Medium)),
        new("MDT-008", "Micro Clinician", "1.2", false, E("icsma-23-061-01.json", ["CSAFPID-0001"], Expected.High)),
        new("MDT-009", "InterStim X Clinician", "1.0", false, E("icsma-23-061-01.json", ["CSAFPID-0002"], Expected.High)),

        // GE: "General Electric (GE)" and "GE Healthcare"; "2.X" ranges, "Plus" variants, versions in product names.
        new("GE-001", "CARESCAPE B450", "2.0.1", false, E(Carescape, ["CSAFPID-0001"], Expected.High)),
        new("GE-002", "CARESCAPE B650", "3.0", false),
        new("GE-003", "CARESCAPE B850", "1.5", false, E(Carescape, ["CSAFPID-0008"], Expected.High)),
        new("GE-004", "CARESCAPE Central Station", "2.1", false, E(Carescape, ["CSAFPID-0004"], Expected.High)),
        new("GE-005", "ApexPro Telemetry Server", "4.2", false, E(Carescape, ["CSAFPID-0005"], Expected.High)),
        new("GE-006", "Clinical Information Center", "5.0", false, E(Carescape, ["CSAFPID-00011"], Expected.High)),
        new("GE-007", "Optima MR360", "DV25", false, E(GeImaging, ["CSAFPID-0019"], Expected.High)),
        new("GE-008", "Discovery XR656", null, false, E(GeImaging, ["CSAFPID-0007"], Expected.High)),
        new("GE-009", "Discovery XR656 Plus", "1.0", false, E(GeImaging, ["CSAFPID-0008"], Expected.High)),
        new("GE-010", "Discovery NM530c", "1.002", false, E(GeImaging, ["CSAFPID-0005"], Expected.High)),
        new("GE-011", "Discovery NM530c", "1.003", false),
        new("GE-012", "Optima CT660", "1.0", false),
        new("GE-013", "Xeleris", "3.0", false, E(GeImaging, ["CSAFPID-0031"], Expected.Medium), E(Dcmtk, ["CSAFPID-0001"], Expected.Low)),
        new("GE-014", "Xeleris", "4.0", false, E(Dcmtk, ["CSAFPID-0001"], Expected.Low)),

        // B. Braun: "<= U61 |<= L81" names two product lines and cannot be one range.
        new("BB-001", "SpaceCom", "U61", false, E("icsma-20-296-02.json", ["CSAFPID-0001"], Expected.Low)),
        new("BB-002", "Data module compactplus", "A11", false, E("icsma-20-296-02.json", ["CSAFPID-0003"], Expected.High)),
        new("BB-003", "Data module compactplus", "A12", false),
        new("BB-004", "Perfusor Space", "N", false),
        new("BB-005", "Battery Pack SP with Wi-Fi", "L81", false, E("icsma-20-296-02.json", ["CSAFPID-0002"], Expected.Low)),

        // Abbott: "distributed < april 1, 2018" is a date, not a version.
        new("AB-001", "Ellipse", null, false, E("icsma-18-107-01.json", ["CSAFPID-0008"], Expected.Low)),
        new("AB-002", "Unify Assura", "1.0", false, E("icsma-18-107-01.json", ["CSAFPID-00011"], Expected.Low)),
        new("AB-003", "Assurity", "1.0", false),

        // Fresenius Kabi: "<= 3.0 D15" and descriptive words in product names.
        new("FK-001", "Agilia Link+", "3.0 D15", false, E("icsma-21-355-01.json", ["CSAFPID-0003"], Expected.Low)),
        new("FK-002", "Agilia Partner", "3.2.0", false, E("icsma-21-355-01.json", ["CSAFPID-0002"], Expected.High)),
        new("FK-003", "Agilia Partner", "3.4", false),

        // Second batch.
        new("MDT-101", "Valleylab FT10", "2.0.1", false, E("icsma-19-311-01.json", ["CSAFPID-0002", "CSAFPID-0003"], Expected.High), E("icsma-19-311-02.json", ["CSAFPID-0002"], Expected.High)),
        new("MDT-102", "Valleylab FT10", "4.1.0", false),
        new("MDT-103", "Valleylab LS10", "1.20.2", false, E("icsma-19-311-01.json", ["CSAFPID-0001"], Expected.High)),
        new("MDT-104", "MyCareLink Monitor", null, false, E("icsma-19-080-01.json", ["CSAFPID-0001"], Expected.High), E("icsma-18-179-01.json", ["CSAFPID-0001", "CSAFPID-0002"], Expected.High)),
        new("MDT-105", "CareLink 2090 Programmer", "1.0", false, E("icsma-19-080-01.json", ["CSAFPID-0005"], Expected.High)),
        new("PH-101", "Vue PACS", "12.2.1.0", false, E("icsma-21-187-01.json", ["CSAFPID-0001"], Expected.High), E("icsma-24-200-01.json", ["CSAFPID-0001"], Expected.High)),
        new("PH-102", "Vue PACS", "12.2.8.410", false, E("icsma-21-187-01.json", ["CSAFPID-0001"], Expected.High)),
        new("PH-103", "Vue PACS", "12.3.0", false),
        new("PH-104", "Vue Motion", "12.2.1.5", false, E("icsma-21-187-01.json", ["CSAFPID-0002"], Expected.High)),
        new("PH-105", "IntelliBridge EC40", "C.00.03", false, E("icsma-21-322-01.json", ["CSAFPID-0001"], Expected.High)),
        new("PH-106", "IntelliBridge EC80", "C.00.05", false),
        new("BAX-101", "ExactaMix EM2400", "1.13", false, E("icsma-20-170-01.json", ["CSAFPID-0001"], Expected.High)),
        new("BAX-102", "ExactaMix EM2400", "1.12", false),
        new("BAX-103", "ExactaMix EM1200", "1.4", false, E("icsma-20-170-01.json", ["CSAFPID-0002"], Expected.High)),
        new("BD-101", "Alaris Gateway Workstation", "1.1.6", false, E("icsma-19-164-01.json", ["CSAFPID-0002"], Expected.High)),
        new("BD-102", "Alaris Gateway Workstation", "1.3.1 Build 13", false, E("icsma-19-164-01.json", ["CSAFPID-0006"], Expected.High)),
        new("BD-103", "Alaris Gateway Workstation", "1.6.1", false, E("icsma-19-164-01.json", ["CSAFPID-0001"], Expected.Low)),

        // Third batch: Pyxis lists with variants ("MedStation 4000 T2", "CIISafe - Workstation", "ES Server"), an
        // alias for reordered words, a family noun ("BodyGuard Pumps"), model ranges and shorthand lists
        // ("MX400-550", "MX700/800", "M8001A/2A/…", "MP20-MP90"), product lines named for models ("EPIQ/Affiniti"
        // for "EPIQ 7"), dates as versions and an unsupported device beside an open-ended range.
        new("BD-110", "Pyxis Anesthesia ES", "1.6.1", false, E(Pyxis2018, ["CSAFPID-0001"], Expected.High), E(PyxisEs2020, ["CSAFPID-0001"], Expected.High), E(Pyxis2022, ["CSAFPID-0001"], Expected.High)),
        new("BD-111", "Pyxis Anesthesia ES", "1.5", false, E(Pyxis2018, ["CSAFPID-0001"], Expected.High), E(Pyxis2022, ["CSAFPID-0001"], Expected.High), E("icsma-19-248-01.json", ["CSAFPID-0001"], Expected.High)),
        new("BD-112", "Pyxis MedStation ES Server", null, false, E(Pyxis2022, ["CSAFPID-00014"], Expected.High)),
        new("BD-113", "Pyxis MedStation ES", "1.6.1", false, E(Pyxis2018, ["CSAFPID-0005"], Expected.High), E(Pyxis2022, ["CSAFPID-00013"], Expected.High), E(PyxisEs2020, ["CSAFPID-0002"], Expected.High)),
        new("BD-114", "Pyxis SupplyStation", "8.1", false, E(Pyxis2018, ["CSAFPID-0006"], Expected.High), E(Pyxis2022, ["CSAFPID-0005"], Expected.High)),
        new("BD-115", "Pyxis CIISafe", null, false, E(Pyxis2018, ["CSAFPID-00010"], Expected.Low), E(Pyxis2022, ["CSAFPID-0009"], Expected.High)),
        new("BD-116", "BodyGuard 323", "3.1", false, E("icsma-22-335-01.json", ["CSAFPID-0001", "CSAFPID-0002"], Expected.High)),
        new("BD-117", "BodyGuard 323 Color Vision", "3.1", false, E("icsma-22-335-01.json", ["CSAFPID-0003", "CSAFPID-0004"], Expected.High)),
        new("BAX-110", "PrisMax", "2.1", false, E("icsma-20-170-02.json", ["CSAFPID-0001"], Expected.High)),
        new("BAX-111", "PrisMax", "3.0", false),
        new("BAX-112", "PrismaFlex", "8.2", false, E("icsma-20-170-02.json", ["CSAFPID-0002"], Expected.High)),
        new("BAX-113", "Welch Allyn Product Configuration Tool", "1.9.4.1", false, E("icsma-24-151-01.json", ["CSAFPID-0001"], Expected.High)),
        new("BAX-114", "Welch Allyn Product Configuration Tool", "1.10.0", false),
        new("BAX-115", "PrisMax", "3.2", true),
        new("MDT-110", "MyCareLink Smart", "5.2", false, E("icsma-20-345-01.json", ["CSAFPID-0001"], Expected.High)),
        new("PH-110", "IntelliVue MX450", "H.01", false),
        new("PH-111", "IntelliVue MX800", "L.01", false, E(IntelliVue, ["CSAFPID-0003"], Expected.High), E(IntelliVueWlan, ["CSAFPID-0001"], Expected.Low)),
        new("PH-112", "IntelliVue MP50", "K.2", false, E(IntelliVue, ["CSAFPID-0003"], Expected.High), E(IntelliVueWlan, ["CSAFPID-0004"], Expected.Low)),
        new("PH-113", "IntelliVue MP5", "J.1", false, E(IntelliVue, ["CSAFPID-0003"], Expected.Medium), E(IntelliVueWlan, ["CSAFPID-0003"], Expected.Low)),
        new("PH-114", "Avalon FM30", "J.3", false, E(IntelliVue, ["CSAFPID-0001"], Expected.High)),
        new("PH-115", "Avalon FM30", "J.2", false),
        new("PH-116", "PageWriter TC30", "A.07", false, E("icsma-18-228-01.json", ["CSAFPID-0001"], Expected.Low)),
        new("PH-117", "PageWriter TC70", null, false, E("icsma-18-228-01.json", ["CSAFPID-0001"], Expected.Low)),
        new("PH-118", "EPIQ 7", "VM4.0", false, E(Ultrasound, ["CSAFPID-0004"], Expected.Medium)),
        new("PH-119", "ClearVue 850", "3.1", false, E(Ultrasound, ["CSAFPID-0001"], Expected.Medium)),
        new("PH-120", "ClearVue 850", "3.3", false),
        new("PH-121", "CX50", "5.0.1", false, E(Ultrasound, ["CSAFPID-0003"], Expected.Medium)),
        new("PH-122", "Sparq", "3.0.2", false, E(Ultrasound, ["CSAFPID-0005"], Expected.High)),
        new("PH-123", "Brilliance iCT", "4.1.6", false, E(Brilliance, ["CSAFPID-0002"], Expected.High)),
        new("PH-124", "Brilliance iCT", "4.2", false),
        new("PH-125", "Brilliance 64", "2.6.2", false, E(Brilliance, ["CSAFPID-0004"], Expected.High)),
        new("PH-126", "Brilliance 16", "2.0", false),
        new("PH-127", "Brilliance CT Big Bore", "3.0", false),
        new("PH-128", "Avalon FM30", "E.1", true, E(IntelliVue, ["CSAFPID-0001"], Expected.Low)),

        // Other makers: nothing may match.
        new("DR-001", "Infinity Delta", "VF10", false),
        new("MR-001", "BeneVision N15", "04.01", false),
    ];
}
