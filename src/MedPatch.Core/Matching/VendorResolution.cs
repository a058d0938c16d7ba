namespace MedPatch.Core.Matching;

/// <summary>
/// The manufacturers a statement's vendor text names, and how they were found. <see cref="Note"/> explains a
/// resolution that is less than certain (a spelling variant); <see cref="IsCertain"/> is false then.
/// </summary>
public sealed record VendorResolution(IReadOnlyList<Guid> ManufacturerIds, string? Note, bool IsCertain)
{
    public static VendorResolution None { get; } = new([], null, false);

    public bool Found => ManufacturerIds.Count > 0;
}
