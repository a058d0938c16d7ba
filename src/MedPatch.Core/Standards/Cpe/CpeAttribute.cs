namespace MedPatch.Core.Standards.Cpe;

/// <summary>The eleven WFN attributes, in binding order (NIST IR 7695 §5.2).</summary>
public enum CpeAttribute
{
    Part,
    Vendor,
    Product,
    Version,
    Update,
    Edition,
    Language,
    SwEdition,
    TargetSw,
    TargetHw,
    Other,
}

/// <summary>Attribute names as the WFN writes them (NIST IR 7695 §5.2).</summary>
public static class CpeAttributes
{
    public const int Count = 11;

    private static readonly string[] Names =
    [
        "part", "vendor", "product", "version", "update", "edition",
        "language", "sw_edition", "target_sw", "target_hw", "other",
    ];

    public static string Name(this CpeAttribute attribute) => Names[(int)attribute];
}
