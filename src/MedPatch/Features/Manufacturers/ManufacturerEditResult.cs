namespace MedPatch.Features.Manufacturers;

/// <summary>
/// What a manufacturer edit did. Errors are keyed by the snake_case field name of the API body, which the pages
/// reuse, so a message lands next to the field that caused it.
/// </summary>
public sealed record ManufacturerEditResult(bool Found, IReadOnlyDictionary<string, string[]> Errors, Guid? Id = null)
{
    public static readonly ManufacturerEditResult NotFound = new(false, new Dictionary<string, string[]>());

    public bool Succeeded => Found && Errors.Count == 0;

    public static ManufacturerEditResult Done(Guid id) => new(true, new Dictionary<string, string[]>(), id);

    public static ManufacturerEditResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(true, errors);

    public static ManufacturerEditResult Invalid(string field, string message) =>
        new(true, new Dictionary<string, string[]> { [field] = [message] });
}
