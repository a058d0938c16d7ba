using MedPatch.Core.Devices;

namespace MedPatch.Features.Models;

public sealed record ModelListItem(
    Guid Id,
    Guid ManufacturerId,
    string Manufacturer,
    string Name,
    IReadOnlyList<string> ModelNumbers,
    string? DeviceType,
    string? ClinicalFunction,
    DateOnly? EndOfSale,
    DateOnly? EndOfSupport,
    SupportStatus SupportStatus,
    bool? RemotePushPossible,
    bool? CustomerMayInstall,
    bool? ManufacturerMustInstall,
    int? TypicalInstallMinutes,
    int DeviceCount);
