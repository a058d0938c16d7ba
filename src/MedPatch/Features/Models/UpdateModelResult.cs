namespace MedPatch.Features.Models;

/// <summary>What <see cref="UpdateModel"/> did; errors are keyed by the snake_case field name the API and form use.</summary>
public sealed record UpdateModelResult(bool Found, IReadOnlyDictionary<string, string[]> Errors)
{
    public static readonly UpdateModelResult NotFound = new(false, new Dictionary<string, string[]>());

    public static readonly UpdateModelResult Updated = new(true, new Dictionary<string, string[]>());

    public bool Succeeded => Found && Errors.Count == 0;

    public static UpdateModelResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(true, errors);
}
