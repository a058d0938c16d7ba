using System.Net;
using MedPatch.Core.Organizations;
using MedPatch.Core.Security;
using MedPatch.Tests.Features.Models;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Segments;

public sealed class SegmentPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_page_lists_segments_with_counts_and_saving_a_row_stores_the_exposure(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await SegmentSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.ClinicalEngineer, seed.Inventory.Organization.Id);

        var html = await browser.GetStringAsync("/segments", Cancel);
        var response = await PageForms.SubmitAsync(browser, "/segments", [new("segment_id", seed.Guest.Id.ToString()), new("exposure", "small")]);

        Assert.Equal("2 segment(s)", PageForms.ElementText(html, "segment-count"));
        Assert.Contains("<td class=\"num\">10</td>", html, StringComparison.Ordinal);
        Assert.Equal("unset", PageForms.ElementText(html, $"exposure-{seed.Guest.Id:N}-current"));
        Assert.Contains($"<select id=\"exposure-{seed.Guest.Id:N}\" name=\"exposure\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/segments\" aria-current=\"page\">Network segments</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/segments", response.RequestMessage!.RequestUri!.AbsolutePath);
        var after = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("role=\"status\">Saved: Guest Wi-Fi has System Exposure small.", after, StringComparison.Ordinal);
        Assert.Equal("small", PageForms.ElementText(after, $"exposure-{seed.Guest.Id:N}-current"));
        await using var check = database.NewContext();
        Assert.Equal(SegmentExposure.Small, (await check.NetworkSegments.SingleAsync(s => s.Id == seed.Guest.Id, Cancel)).Exposure);
        Assert.Single(await check.AuditRecords.AsNoTracking().Where(a => a.EntityType == "network_segment" && a.Action == "updated").ToListAsync(Cancel));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unassessed_row_saved_as_is_shows_the_error_next_to_its_select(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await SegmentSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var browser = await server.SignedInClientAsync(Role.ClinicalEngineer, seed.Inventory.Organization.Id);

        var response = await PageForms.SubmitAsync(browser, "/segments", [new("segment_id", seed.Guest.Id.ToString()), new("exposure", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        var field = $"exposure-{seed.Guest.Id:N}";
        Assert.Contains("small, controlled, open", PageForms.ElementText(html, field + "-error"), StringComparison.Ordinal);
        Assert.Matches($"id=\"{field}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"{field}-error\"", html);
        await using var check = database.NewContext();
        Assert.Equal(SegmentExposure.Unset, (await check.NetworkSegments.SingleAsync(s => s.Id == seed.Guest.Id, Cancel)).Exposure);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_read_only_role_sees_the_exposures_without_forms_and_cannot_post(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var seed = await SegmentSeed.CreateAsync(database);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var reader = await server.SignedInClientAsync(Role.Technician, seed.Inventory.Organization.Id);

        var html = await reader.GetStringAsync("/segments", Cancel);
        // The sign-out form gives every page a token, so the refusal is for the permission, not a missing token.
        var antiforgery = PageForms.AntiforgeryToken(html);
        using var form = new FormUrlEncodedContent([new("segment_id", seed.Guest.Id.ToString()), new("exposure", "open"), new("__RequestVerificationToken", antiforgery)]);
        var post = await reader.PostAsync("/segments", form, Cancel);

        Assert.Equal("controlled", PageForms.ElementText(html, $"exposure-{seed.Inventory.ClinicalVlan.Id:N}-current"));
        Assert.DoesNotContain("name=\"exposure\"", html, StringComparison.Ordinal);
        Assert.Equal("/account/access-denied", post.RequestMessage!.RequestUri!.AbsolutePath);
        await using var check = database.NewContext();
        Assert.Equal(SegmentExposure.Unset, (await check.NetworkSegments.SingleAsync(s => s.Id == seed.Guest.Id, Cancel)).Exposure);
    }
}
