namespace MedPatch.Features.Models;

/// <summary>
/// The editable facts of a device model, replaced as a whole: what the API's PUT body and the model page's form
/// both say after parsing. Null means "not known", never "no".
/// </summary>
public sealed record ModelChanges
{
    public DateOnly? EndOfSale { get; init; }
    public DateOnly? EndOfSupport { get; init; }
    public string? DeviceType { get; init; }
    public string? ClinicalFunction { get; init; }
    public IReadOnlyList<string> ModelNumbers { get; init; } = [];
    public bool? RemotePushPossible { get; init; }
    public bool? CustomerMayInstall { get; init; }
    public bool? ManufacturerMustInstall { get; init; }
    public int? TypicalInstallMinutes { get; init; }
}
