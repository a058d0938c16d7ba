namespace MedPatch.Features.Devices.Export;

/// <summary>Writes export rows one at a time, so an export of a million devices never holds them all.</summary>
public interface IDeviceRowWriter : IDisposable
{
    void WriteRow(IReadOnlyList<string?> cells);
}
