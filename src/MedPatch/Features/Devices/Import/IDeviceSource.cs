namespace MedPatch.Features.Devices.Import;

/// <summary>A device import file read row by row, never whole, so a million-row file stays small in memory.</summary>
public interface IDeviceSource : IDisposable
{
    /// <summary>Indexed by <see cref="Core.Inventory.DeviceColumn"/>: columns the file has. Absent columns leave existing devices' values alone.</summary>
    IReadOnlyList<bool> Present { get; }

    /// <summary>Bytes consumed so far, for progress.</summary>
    long Position { get; }

    long Length { get; }

    IEnumerable<SourceRow> Rows(CancellationToken cancellationToken);
}
