using MedPatch.Core.Devices;

namespace MedPatch.Features.Models;

/// <summary>A device model as the API returns it; patch policy answers are yes (true), no (false) or unknown (null).</summary>
public sealed record ModelResponse(
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
    int DeviceCount)
{
    public static ModelResponse From(ModelListItem m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(
            m.Id, m.ManufacturerId, m.Manufacturer, m.Name, m.ModelNumbers, m.DeviceType, m.ClinicalFunction, m.EndOfSale,
            m.EndOfSupport, m.SupportStatus, m.RemotePushPossible, m.CustomerMayInstall, m.ManufacturerMustInstall,
            m.TypicalInstallMinutes, m.DeviceCount);
    }
}
