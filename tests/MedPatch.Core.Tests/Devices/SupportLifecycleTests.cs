using MedPatch.Core.Devices;

namespace MedPatch.Core.Tests.Devices;

public sealed class SupportLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void No_date_anywhere_is_unknown_not_supported() =>
        Assert.Equal(SupportStatus.Unknown, SupportLifecycle.Status(null, null, Today));

    [Fact]
    public void End_of_support_day_itself_counts_as_unsupported() =>
        Assert.Equal(SupportStatus.EndOfSupport, SupportLifecycle.Status(null, Today, Today));

    [Fact]
    public void Future_model_date_is_supported() =>
        Assert.Equal(SupportStatus.Supported, SupportLifecycle.Status(null, Today.AddDays(1), Today));

    [Fact]
    public void Device_date_overrides_the_model_date() =>
        Assert.Equal(SupportStatus.Supported, SupportLifecycle.Status(Today.AddYears(2), Today.AddYears(-3), Today));
}
