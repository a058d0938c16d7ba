namespace MedPatch.Core.Devices;

/// <summary>Derives a device's support status from its own and its model's end-of-support dates.</summary>
public static class SupportLifecycle
{
    /// <summary>
    /// A device is unsupported from its end-of-support day on. With no date anywhere the status is unknown,
    /// never "supported": hospitals report over half their fleet unsupported, so optimism would hide most risk.
    /// </summary>
    public static SupportStatus Status(DateOnly? deviceEndOfSupport, DateOnly? modelEndOfSupport, DateOnly today)
    {
        var end = deviceEndOfSupport ?? modelEndOfSupport;
        if (end is null)
        {
            return SupportStatus.Unknown;
        }

        return end.Value <= today ? SupportStatus.EndOfSupport : SupportStatus.Supported;
    }
}
