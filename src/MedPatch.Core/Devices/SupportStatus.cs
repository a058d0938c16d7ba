namespace MedPatch.Core.Devices;

public enum SupportStatus
{
    Supported,
    EndOfSupport,
    Unknown,
}
