namespace MedPatch.Core.Standards.Cvss;

/// <summary>Qualitative severity ratings.</summary>
public static class CvssSeverity
{
    /// <summary>CVSS v3.x specification section 5 and v4.0 section 6: None, Low, Medium, High, Critical.</summary>
    public static string Rate(decimal score) => score switch
    {
        0m => "None",
        < 4.0m => "Low",
        < 7.0m => "Medium",
        < 9.0m => "High",
        _ => "Critical",
    };

    /// <summary>CVSS v2 has no rating of its own; NVD's: Low 0.0–3.9, Medium 4.0–6.9, High 7.0–10.0.</summary>
    public static string RateV2(decimal score) => score switch
    {
        < 4.0m => "Low",
        < 7.0m => "Medium",
        _ => "High",
    };
}
