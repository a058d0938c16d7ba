using System.Net;
using System.Text.RegularExpressions;
using MedPatch.Core.Exposures;
using MedPatch.Core.Security;
using MedPatch.Features.Triage;
using MedPatch.Tests.Exposures;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Triage;

/// <summary>The /triage page over HTTP, on both databases: the queue, a row's decision, a decision on ticked rows, errors, read-only roles.</summary>
public sealed class TriagePageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_row_decision_saves_with_its_reason_and_keeps_the_filters(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var user = await server.CreateUserAsync(Role.ClinicalEngineer, seed.OrganizationId);
        var browser = await server.SignedInClientAsync(user);
        var id = seed.Exposures[AlarisInventory.Unknown];

        var html = await browser.GetStringAsync("/triage", Ct);
        Assert.Equal("3 exposures wait for triage", PageForms.ElementText(html, "triage-total"));
        Assert.Contains($"<select id=\"action-{id:N}\" name=\"action\">", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"exposure_ids\" value=\"{id}\" form=\"bulk-triage\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/triage\" aria-current=\"page\">Triage</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(seed.Exposures[AlarisInventory.InRange].ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);

        // Every form carries its own antiforgery token: three rows, the ticked rows' form, and signing out.
        Assert.Equal(5, Regex.Count(html, "name=\"__RequestVerificationToken\""));

        var response = await PageForms.SubmitAsync(
            browser, "/triage?facility=Lakeside%20General", [new("exposure_ids", id.ToString()), new("action", "confirm"), new("reason", "Version read on the pump: 9.19")],
            "/triage?handler=Row&facility=Lakeside%20General");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/triage", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("?facility=Lakeside%20General", response.RequestMessage.RequestUri.Query);
        var after = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"role=\"status\">Saved: {AlarisInventory.Unknown} / {TriageSeed.Cve} is confirmed.", after, StringComparison.Ordinal);
        Assert.Equal("1 exposure waits for triage with these filters", PageForms.ElementText(after, "triage-total"));
        await using var db = database.NewContext();
        var row = await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
        Assert.Equal(ExposureStatus.Confirmed, row.Status);
        Assert.Equal("Version read on the pump: 9.19", row.TriageReason);
        Assert.Equal(user.Email, row.TriagedBy);
        Assert.Single(await db.AuditRecords.AsNoTracking().Where(a => a.Action == TriageExposures.AuditAction).ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Ticked_rows_get_one_decision_and_a_missing_reason_is_shown_next_to_the_field(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.SecurityAnalyst, seed.OrganizationId);
        var (clinic, spare) = (seed.Exposures[TriageSeed.ClinicPump], seed.Exposures[TriageSeed.SparePump]);

        var missing = await PageForms.SubmitAsync(
            browser, "/triage", [new("exposure_ids", clinic.ToString()), new("action", "false_positive"), new("reason", " ")], "/triage?handler=Row");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var error = await missing.Content.ReadAsStringAsync(Ct);
        Assert.Contains("is required", PageForms.ElementText(error, $"reason-{clinic:N}-error"), StringComparison.Ordinal);
        Assert.Matches($"id=\"reason-{clinic:N}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"reason-{clinic:N}-error\"", error);

        var none = await PageForms.SubmitAsync(browser, "/triage", [new("action", "confirm"), new("reason", "checked")], "/triage?handler=Bulk");
        Assert.Contains("Tick at least one exposure.", PageForms.ElementText(await none.Content.ReadAsStringAsync(Ct), $"{MedPatch.Pages.Triage.IndexModel.BulkIdsField}-error"), StringComparison.Ordinal);

        var bulk = await PageForms.SubmitAsync(
            browser, "/triage",
            [new("exposure_ids", clinic.ToString()), new("exposure_ids", spare.ToString()), new("action", "not_applicable"), new("reason", "Stored in the depot, never connected")],
            "/triage?handler=Bulk");
        Assert.Equal("/triage", bulk.RequestMessage!.RequestUri!.AbsolutePath);
        var after = await bulk.Content.ReadAsStringAsync(Ct);
        Assert.Contains("role=\"status\">Saved: 2 exposures are marked not applicable.", after, StringComparison.Ordinal);
        Assert.Equal("1 exposure waits for triage", PageForms.ElementText(after, "triage-total"));

        await using var db = database.NewContext();
        var rows = await db.Exposures.AsNoTracking().ToDictionaryAsync(e => e.Id, Ct);
        Assert.Equal(ExposureStatus.NotApplicable, rows[clinic].Status);
        Assert.Equal(ExposureStatus.NotApplicable, rows[spare].Status);
        Assert.Equal(ExposureStatus.Open, rows[seed.Exposures[AlarisInventory.Unknown]].Status);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_reader_sees_the_queue_without_forms_and_cannot_post(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await TriageSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var reader = await server.SignedInClientAsync(Role.Technician, seed.OrganizationId);
        var id = seed.Exposures[AlarisInventory.Unknown];

        var html = await reader.GetStringAsync("/triage", Ct);
        var antiforgery = PageForms.AntiforgeryToken(html);
        using var form = new FormUrlEncodedContent(
            [new("exposure_ids", id.ToString()), new("action", "confirm"), new("reason", "x"), new("__RequestVerificationToken", antiforgery)]);
        var post = await reader.PostAsync("/triage?handler=Row", form, Ct);

        Assert.Equal("3 exposures wait for triage", PageForms.ElementText(html, "triage-total"));
        Assert.Contains(AlarisInventory.Unknown, html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"reason\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("bulk-triage", html, StringComparison.Ordinal);
        Assert.Equal("/account/access-denied", post.RequestMessage!.RequestUri!.AbsolutePath);
        await using var db = database.NewContext();
        Assert.Equal(ExposureStatus.Open, (await db.Exposures.AsNoTracking().SingleAsync(e => e.Id == id, Ct)).Status);
    }
}
