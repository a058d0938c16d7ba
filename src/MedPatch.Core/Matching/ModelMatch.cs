namespace MedPatch.Core.Matching;

/// <summary>
/// A model a statement names, how sure the engine is of it, and why (<see cref="How"/>: "model number 8015",
/// "name", "alias 'Alaris PC Unit'"…). <see cref="NameVersions"/> are versions written into the statement's product
/// name ("IntelliSpace Portal 8.0.x") that the model's name does not carry; they then act as the version range.
/// </summary>
public sealed record ModelMatch(MatchModel Model, MatchConfidence Confidence, string How, IReadOnlyList<string> NameVersions);
