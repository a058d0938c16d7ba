namespace MedPatch.Features.Devices;

/// <summary>What <see cref="SaveDevice"/> did; the endpoints turn each case into one HTTP answer.</summary>
public abstract record SaveDeviceOutcome
{
    private SaveDeviceOutcome()
    {
    }

    public sealed record Saved(Guid Id) : SaveDeviceOutcome;

    /// <summary>Field name (as in the JSON body) to messages.</summary>
    public sealed record Invalid(IDictionary<string, string[]> Errors) : SaveDeviceOutcome;

    public sealed record NotFound : SaveDeviceOutcome;

    public sealed record Conflict(string Detail) : SaveDeviceOutcome;
}
