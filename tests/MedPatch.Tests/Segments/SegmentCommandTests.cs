using System.Text.Json;
using MedPatch.Core.Organizations;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Segments;

public sealed class SegmentCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Segments_lists_every_organization_with_device_counts_facilities_and_exposure(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await SegmentSeed.CreateAsync(database, withOtherOrganization: true);

        var json = await CliRunner.RunAsync("segments", "--json", "--db", database.DbArgument);
        var table = await CliRunner.RunAsync("segments", "--db", database.DbArgument);

        Assert.True(json.ExitCode == 0, json.Error);
        var items = JsonDocument.Parse(json.Output).RootElement.EnumerateArray()
            .Select(s => (
                Organization: s.GetProperty("organization").GetString(), Name: s.GetProperty("name").GetString(),
                Exposure: s.GetProperty("exposure").GetString(), Devices: s.GetProperty("device_count").GetInt32()))
            .ToList();
        Assert.Equal(
            [
                ("Hilltop Health", SegmentSeed.ClinicalName, "small", 0),
                ("Riverside Health", SegmentSeed.ClinicalName, "controlled", 10),
                ("Riverside Health", "Guest Wi-Fi", "unset", 0),
            ],
            items);
        var clinical = JsonDocument.Parse(json.Output).RootElement[1];
        Assert.Equal(20, clinical.GetProperty("vlan_id").GetInt32());
        Assert.Equal(["Riverside Children's Hospital", "Riverside General Hospital"], clinical.GetProperty("facilities").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Guest Wi-Fi", table.Output, StringComparison.Ordinal);
        Assert.Contains("10.99.0.0/16", table.Output, StringComparison.Ordinal);
        Assert.Contains("3 segment(s)", table.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Set_changes_the_exposure_and_the_audit_trail_records_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await SegmentSeed.CreateAsync(database);

        var result = await CliRunner.RunAsync("segments", "set", "vlan 20 clinical", "--exposure", "Open", "--db", database.DbArgument);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("exposure controlled -> open", result.Output, StringComparison.Ordinal);
        await using var check = database.NewContext();
        var stored = await check.NetworkSegments.SingleAsync(s => s.Id == seed.Inventory.ClinicalVlan.Id, Cancel);
        Assert.Equal(SegmentExposure.Open, stored.Exposure);
        var audit = await check.AuditRecords.AsNoTracking().SingleAsync(a => a.EntityType == "network_segment", Cancel);
        Assert.Equal("updated", audit.Action);
        Assert.Equal(seed.Inventory.ClinicalVlan.Id.ToString(), audit.EntityId);
        Assert.Equal(seed.Inventory.Organization.Id, audit.OrganizationId);
        Assert.StartsWith("cli:", audit.Actor, StringComparison.Ordinal);
        Assert.Contains("controlled", audit.Before, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("open", audit.After, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_name_two_organizations_use_needs_organization_and_an_unknown_name_is_exit_1(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await SegmentSeed.CreateAsync(database, withOtherOrganization: true);

        var ambiguous = await CliRunner.RunAsync("segments", "set", SegmentSeed.ClinicalName, "--exposure", "open", "--db", database.DbArgument);
        var unknown = await CliRunner.RunAsync("segments", "set", "VLAN 404", "--exposure", "open", "--db", database.DbArgument);
        var chosen = await CliRunner.RunAsync(
            "segments", "set", SegmentSeed.ClinicalName, "--exposure", "controlled", "--organization", "hilltop health", "--db", database.DbArgument);

        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Contains("--organization", ambiguous.Error, StringComparison.Ordinal);
        Assert.Contains("Hilltop Health, Riverside Health", ambiguous.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("error: no network segment named 'VLAN 404'", unknown.Error, StringComparison.Ordinal);
        Assert.True(chosen.ExitCode == 0, chosen.Error);
        await using var check = database.NewContext();
        var segments = await check.NetworkSegments.AsNoTracking().Where(s => s.Name == SegmentSeed.ClinicalName).ToListAsync(Cancel);
        Assert.Equal(SegmentExposure.Controlled, segments.Single(s => s.Id == seed.OtherClinical!.Id).Exposure);
        Assert.Equal(SegmentExposure.Controlled, segments.Single(s => s.Id == seed.Inventory.ClinicalVlan.Id).Exposure);
    }

    [Theory]
    [InlineData("unset")]
    [InlineData("wide")]
    [InlineData("")]
    public async Task A_bad_or_missing_exposure_is_exit_2_before_the_database_is_opened(string value)
    {
        // A database argument that cannot be opened shows the value is judged first.
        var result = await CliRunner.RunAsync("segments", "set", SegmentSeed.ClinicalName, "--exposure", value, "--db", "/nonexistent/dir/medpatch.db");
        var missing = await CliRunner.RunAsync("segments", "set", SegmentSeed.ClinicalName, "--db", "/nonexistent/dir/medpatch.db");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--exposure", result.Error, StringComparison.Ordinal);
        Assert.Contains("small, controlled, open", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--exposure: is required", missing.Error, StringComparison.Ordinal);
    }
}
