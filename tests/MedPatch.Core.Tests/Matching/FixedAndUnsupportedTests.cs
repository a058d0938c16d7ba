using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Matching;
using static MedPatch.Core.Tests.Matching.MatchTestData;

namespace MedPatch.Core.Tests.Matching;

/// <summary>How fixed statements on several branches and unsupported devices are read.</summary>
public sealed class FixedAndUnsupportedTests
{
    private static readonly MatchCatalog Baxter = Catalog([Maker("Baxter")], Model("Baxter", "PrisMax"), Model("Baxter", "PrismaFlex"));

    private static MatchStatement PrisMax(string id, string? range, AffectedStatus status = AffectedStatus.Affected, string? version = null, string? raw = null) =>
        Statement(id, "Baxter", "PrisMax", range, status, advisory: "ICSMA-20-170-02", version: version) with { RawVersion = raw ?? range ?? version };

    private static ExposureState? State(ExposureSet set, string tag) => set.Find(Id("device:" + tag), "CVE-2020-0001")?.State;

    [Fact]
    public void A_fix_on_each_branch_resolves_only_devices_on_that_branch()
    {
        var statements = new[]
        {
            PrisMax("a", "vers:all/*", raw: "vers:all/*"),
            PrisMax("f1", null, AffectedStatus.Fixed, version: "1.2.3"),
            PrisMax("f2", null, AffectedStatus.Fixed, version: "2.0.1"),
        };
        var devices = new[]
        {
            Device("on-1.2.3", "PrisMax", "1.2.3"), Device("on-1.5", "PrisMax", "1.5"), Device("on-2.0.0", "PrisMax", "2.0.0"),
            Device("on-2.0.1", "PrisMax", "2.0.1"), Device("on-3.0", "PrisMax", "3.0"), Device("on-1.0", "PrisMax", "1.0"),
        };
        var set = MatchEngine.Full(Baxter, devices, statements, []);
        Assert.Equal(ExposureState.Resolved, State(set, "on-1.2.3"));
        Assert.Equal(ExposureState.Resolved, State(set, "on-1.5"));
        Assert.Equal(ExposureState.Affected, State(set, "on-2.0.0"));
        Assert.Equal(ExposureState.Resolved, State(set, "on-2.0.1"));
        Assert.Equal(ExposureState.Resolved, State(set, "on-3.0"));
        Assert.Equal(ExposureState.Affected, State(set, "on-1.0"));
        Assert.True(set.Find(Id("device:on-2.0.0"), "CVE-2020-0001")!.PatchAvailable);
    }

    [Fact]
    public void An_explicit_affected_range_outranks_reading_an_older_fix_as_this_version_and_later()
    {
        var statements = new[]
        {
            PrisMax("a", "vers:device/>=2.0|<2.0.1", raw: ">= 2.0 | < 2.0.1"),
            PrisMax("f1", null, AffectedStatus.Fixed, version: "1.2.3"),
        };
        var set = MatchEngine.Full(Baxter, [Device("on-2.0.0", "PrisMax", "2.0.0"), Device("on-1.9", "PrisMax", "1.9")], statements, []);
        Assert.Equal(ExposureState.Affected, State(set, "on-2.0.0"));
        Assert.Equal(ExposureState.Resolved, State(set, "on-1.9"));
    }

    [Fact]
    public void An_unsupported_device_is_possible_only_where_no_statement_speaks_for_its_version()
    {
        var devices = new[]
        {
            Device("old", "PrisMax", "1.0", unsupported: true),
            Device("newer", "PrisMax", "3.2", unsupported: true),
            Device("unknown", "PrisMax", null, unsupported: true),
            Device("not-affected", "PrisMax", "2.5", unsupported: true),
            Device("fixed", "PrisMax", "2.9", unsupported: true),
        };

        // "all versions prior to 3.x": everything older is affected, 3.2 is outside what the maker assessed as affected.
        var open = MatchEngine.Full(Baxter, devices, [PrisMax("a", "vers:device/<3", raw: "< 3.x")], []);
        Assert.Equal(ExposureState.Affected, State(open, "old"));
        Assert.Null(State(open, "newer"));
        Assert.Equal(ExposureState.Possible, State(open, "unknown"));

        // "2.x" only: an older unsupported version was never assessed, so it may be affected.
        var statements = new[]
        {
            PrisMax("a", "vers:device/>=2.0|<3", raw: "2.x"),
            PrisMax("n", null, AffectedStatus.NotAffected, version: "2.5"),
            PrisMax("f", null, AffectedStatus.Fixed, version: "2.9"),
        };
        var closed = MatchEngine.Full(Baxter, devices, statements, []);
        var old = closed.Find(Id("device:old"), "CVE-2020-0001")!;
        Assert.Equal((ExposureState.Possible, MatchConfidence.Low, true), (old.State, old.Confidence, old.Unsupported));
        Assert.Equal(ExposureState.Suppressed, State(closed, "not-affected"));
        Assert.Equal(ExposureState.Resolved, State(closed, "fixed"));
        Assert.Equal(ExposureState.Resolved, State(closed, "newer"));
    }
}
