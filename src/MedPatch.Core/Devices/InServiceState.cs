namespace MedPatch.Core.Devices;

public enum InServiceState
{
    InService,
    OutOfService,
    Retired,
}
