using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Matching;
using MedPatch.Core.Tests.Matching.Evaluation;

namespace MedPatch.Core.Tests.Matching;

/// <summary>Small hand-built catalogs and statements for engine rules; names are real ones from CISA advisories.</summary>
internal static class MatchTestData
{
    public static Guid Id(string text) => MatchEvaluationTests.IdOf(text);

    public static MatchManufacturer Maker(string name, params string[] aliases) => new(Id("maker:" + name), name, aliases);

    public static MatchModel Model(string maker, string name, string[]? numbers = null, string[]? aliases = null, string[]? cpes = null) =>
        new(Id("model:" + name), Id("maker:" + maker), name, numbers ?? [], aliases ?? [], cpes ?? [], null);

    public static MatchDevice Device(string tag, string model, string? version, bool unsupported = false) => new(Id("device:" + tag), Id("model:" + model), version, unsupported);

    public static MatchStatement Statement(
        string id,
        string vendor,
        string product,
        string? range,
        AffectedStatus status = AffectedStatus.Affected,
        string vulnerability = "CVE-2020-0001",
        string advisory = "ICSMA-TEST-01",
        string revision = "1",
        string? version = null,
        string? fixedVersion = null,
        bool patch = false,
        string? justification = null,
        string? purl = null,
        string? cpe = null,
        string[]? modelNumbers = null) =>
        new(id, vulnerability, advisory, revision, vendor, product, product, version, range, range ?? version, modelNumbers ?? [], cpe, purl, status, justification, fixedVersion, patch);

    public static MatchCatalog Catalog(MatchManufacturer[] makers, params MatchModel[] models) => new(makers, models);
}
