namespace MedPatch.Features.Manufacturers;

/// <summary>The editable facts of a manufacturer, replaced as a whole.</summary>
public sealed record ManufacturerDetails(string? Name, string? PsirtContact, string? Website);
