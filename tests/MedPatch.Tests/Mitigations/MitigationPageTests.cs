using System.Net;
using MedPatch.Core.Security;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Mitigations;

public sealed class MitigationPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_engineer_records_a_mitigation_by_asset_tag_then_verifies_and_ends_it_on_the_page(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.ClinicalEngineer, inventory.Organization.Id);

        var added = await PageForms.SubmitAsync(
            browser,
            "/mitigations",
            [new("kind", "firewall_rule"), new("effect", "restricts"), new("description", "Only the PACS reaches port 104"), new("asset_tags", "A00001, A00003"),
             new("new_cve", "CVE-2020-25165"), new("review_by", "2099-12-31"), new("verified_by", "")],
            "/mitigations?handler=Add");
        var addedHtml = await added.Content.ReadAsStringAsync(Cancel);
        Guid id;
        await using (var db = database.NewContext())
        {
            id = (await db.Mitigations.AsNoTracking().SingleAsync(Cancel)).Id;
        }

        var row = id.ToString("N");
        var verified = await PageForms.SubmitAsync(
            browser, "/mitigations", [new("mitigation_id", id.ToString()), new("verified_by", "Jane Roe"), new("review_by", "")], "/mitigations?handler=Verify");
        var verifiedHtml = await verified.Content.ReadAsStringAsync(Cancel);
        var ended = await PageForms.SubmitAsync(browser, "/mitigations", [new("mitigation_id", id.ToString())], "/mitigations?handler=End");
        var endedHtml = await ended.Content.ReadAsStringAsync(Cancel);
        var activeOnly = await browser.GetStringAsync("/mitigations?active=true", Cancel);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("/mitigations", added.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("role=\"status\">Recorded the mitigation on A00001, A00003.", addedHtml, StringComparison.Ordinal);
        Assert.Equal("1 mitigation(s)", PageForms.ElementText(addedHtml, "mitigation-count"));
        Assert.Equal("does not count", PageForms.ElementText(addedHtml, $"state-{row}"));
        Assert.Contains("<a href=\"/devices/", addedHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/mitigations\" aria-current=\"page\">Mitigations</a>", addedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", addedHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", addedHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("role=\"status\">Verified by Jane Roe: it counts for ranking.", verifiedHtml, StringComparison.Ordinal);
        Assert.Equal("counts", PageForms.ElementText(verifiedHtml, $"state-{row}"));
        Assert.Equal("Jane Roe", PageForms.ElementText(verifiedHtml, $"verified-{row}"));
        Assert.Contains("role=\"status\">Ended the mitigation; it no longer counts.", endedHtml, StringComparison.Ordinal);
        Assert.Equal("ended", PageForms.ElementText(endedHtml, $"state-{row}"));
        Assert.Equal("0 mitigation(s)", PageForms.ElementText(activeOnly, "mitigation-count"));
        await using var check = database.NewContext();
        var stored = await check.Mitigations.AsNoTracking().SingleAsync(Cancel);
        Assert.Equal("Jane Roe", stored.VerifiedBy);
        Assert.False(stored.Active);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_refused_mitigation_shows_each_error_next_to_its_field_and_keeps_the_input(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.SecurityAnalyst, inventory.Organization.Id);

        var response = await PageForms.SubmitAsync(
            browser,
            "/mitigations",
            [new("kind", "monitoring"), new("effect", "none"), new("description", "IDS on the VLAN"), new("asset_tags", "A00001 NOPE-9"), new("new_cve", "CVE-99")],
            "/mitigations?handler=Add");
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no device with asset tag 'NOPE-9'", PageForms.ElementText(html, "asset_tags-error"), StringComparison.Ordinal);
        Assert.Contains("CVE id", PageForms.ElementText(html, "new_cve-error"), StringComparison.Ordinal);
        Assert.Matches("id=\"asset_tags\"[^>]*value=\"A00001 NOPE-9\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("IDS on the VLAN</textarea>", html, StringComparison.Ordinal);
        await using var check = database.NewContext();
        Assert.Empty(await check.Mitigations.AsNoTracking().ToListAsync(Cancel));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_reader_sees_the_list_without_forms_and_cannot_post(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var inventory = await SeedAsync(database);
        var add = await CliRunner.RunAsync(
            "mitigations", "add", "--kind", "disconnect", "--effect", "isolates", "--description", "Unplugged", "--device", "A00004", "--review-by", "2099-01-01",
            "--db", database.DbArgument);
        Assert.True(add.ExitCode == 0, add.Error);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var reader = await server.SignedInClientAsync(Role.Manager, inventory.Organization.Id);

        var html = await reader.GetStringAsync("/mitigations", Cancel);
        using var form = new FormUrlEncodedContent(
            [new("kind", "disconnect"), new("effect", "isolates"), new("description", "x"), new("asset_tags", "A00001"), new("__RequestVerificationToken", PageForms.AntiforgeryToken(html))]);
        var post = await reader.PostAsync("/mitigations?handler=Add", form, Cancel);

        Assert.Equal("1 mitigation(s)", PageForms.ElementText(html, "mitigation-count"));
        Assert.Contains("A00004", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"mitigation_id\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"kind\"", html, StringComparison.Ordinal);
        Assert.Equal("/account/access-denied", post.RequestMessage!.RequestUri!.AbsolutePath);
        await using var check = database.NewContext();
        Assert.Single(await check.Mitigations.AsNoTracking().ToListAsync(Cancel));
    }

    private static async Task<TestInventory> SeedAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await TestInventory.SeedAsync(db);
    }
}
