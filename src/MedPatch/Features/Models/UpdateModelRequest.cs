namespace MedPatch.Features.Models;

/// <summary>
/// The body of <c>PUT /api/v1/models/{id}</c>: every editable field, replaced as a whole, so a field left out
/// becomes unknown. Read the model first and send it back changed.
/// </summary>
public sealed record UpdateModelRequest(
    DateOnly? EndOfSale,
    DateOnly? EndOfSupport,
    string? DeviceType,
    string? ClinicalFunction,
    IReadOnlyList<string>? ModelNumbers,
    bool? RemotePushPossible,
    bool? CustomerMayInstall,
    bool? ManufacturerMustInstall,
    int? TypicalInstallMinutes)
{
    public ModelChanges ToChanges() => new()
    {
        EndOfSale = EndOfSale,
        EndOfSupport = EndOfSupport,
        DeviceType = DeviceType,
        ClinicalFunction = ClinicalFunction,
        ModelNumbers = ModelNumbers ?? [],
        RemotePushPossible = RemotePushPossible,
        CustomerMayInstall = CustomerMayInstall,
        ManufacturerMustInstall = ManufacturerMustInstall,
        TypicalInstallMinutes = TypicalInstallMinutes,
    };
}
