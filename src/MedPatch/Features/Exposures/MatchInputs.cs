using MedPatch.Core.Matching;

namespace MedPatch.Features.Exposures;

/// <summary>The engine's inputs as loaded from the database, with the device facts and advisory ids the stored rows need.</summary>
internal sealed record MatchInputs(
    MatchCatalog Catalog,
    IReadOnlyList<MatchDevice> Devices,
    IReadOnlyList<MatchStatement> Statements,
    IReadOnlyList<MatchSbomComponent> SbomComponents,
    IReadOnlyDictionary<Guid, DeviceFacts> DeviceFacts,
    IReadOnlyDictionary<string, Guid> AdvisoryIds);
