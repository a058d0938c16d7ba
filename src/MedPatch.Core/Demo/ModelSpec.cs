namespace MedPatch.Core.Demo;

/// <summary>
/// A device model of the demo catalog. Support dates are months relative to "today" rather than fixed dates, so the
/// demo keeps its share of unsupported devices whatever year it is run in.
/// </summary>
public sealed record ModelSpec(
    string Manufacturer,
    string Name,
    string DeviceType,
    string ModelNumber,
    int? EndOfSaleMonths,
    int? EndOfSupportMonths,
    int Weight,
    string Patch,
    int InstallMinutes,
    IReadOnlyList<string> Versions)
{
    /// <summary>Patch policy shorthand: r = remote push possible, c = customer may install, m = manufacturer must install, ? = unknown.</summary>
    public bool? Flag(char letter) => Patch.Contains('?', StringComparison.Ordinal) ? null : Patch.Contains(letter, StringComparison.Ordinal);
}
