namespace MedPatch.Core.Matching;

/// <summary>
/// The catalog the engine matches against: manufacturers with their aliases and device models with their model
/// numbers. Names are given as written; the engine normalises them itself, so a caller cannot forget to.
/// </summary>
public sealed record MatchCatalog(IReadOnlyList<MatchManufacturer> Manufacturers, IReadOnlyList<MatchModel> Models);

/// <summary>A manufacturer and the other names it is written under ("GE Healthcare", "Hillrom" for Baxter).</summary>
public sealed record MatchManufacturer(Guid Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// A device model. <see cref="Aliases"/> are other names advisories use for it ("Alaris PC Unit" for "Alaris
/// System"); <see cref="Cpes"/> are CPE names that identify it; <see cref="EndOfSupport"/> is informative here,
/// support is decided per device.
/// </summary>
public sealed record MatchModel(
    Guid Id,
    Guid ManufacturerId,
    string Name,
    IReadOnlyList<string> ModelNumbers,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Cpes,
    DateOnly? EndOfSupport);
