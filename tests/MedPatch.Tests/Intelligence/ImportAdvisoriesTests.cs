using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Intelligence;

public sealed class ImportAdvisoriesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_CISA_advisory_imports_and_a_second_run_changes_nothing(DatabaseKind kind)
    {
        var icsma = SharedData.Require("csaf/cisa-icsma");
        var icsa = SharedData.Require("csaf/cisa-icsa");
        var folders = new[] { icsma, icsa };
        var advisories = folders.Sum(f => Directory.GetFiles(f, "*.json").Length);
        var companions = folders.Sum(f => Directory.GetFiles(f, "*.asc").Length + Directory.GetFiles(f, "*.sha512").Length);
        Assert.True(advisories >= 150);
        await using var database = await TestDatabase.CreateAsync(kind);

        var first = await ImportCli.ImportAdvisoriesAsync(database, icsma, icsa);
        Assert.Equal(0, first.Int("failed"));
        Assert.Equal(advisories, first.Int("imported"));
        Assert.Equal(0, first.Int("updated"));
        Assert.Equal(companions, first.Int("skipped"));
        Assert.Empty(first.GetProperty("errors").EnumerateArray());

        var before = await CountsAsync(database);
        Assert.Equal(advisories, before.Advisories);
        Assert.Equal(advisories, before.Revisions);
        Assert.True(before.Vulnerabilities > 100);
        Assert.True(before.Statements > before.Vulnerabilities);

        await using (var db = database.NewContext())
        {
            // One audit record per document, none per catalog row.
            var audit = await db.AuditRecords.AsNoTracking().GroupBy(a => new { a.EntityType, a.Action }).Select(g => new { g.Key.EntityType, g.Key.Action, Count = g.Count() }).ToListAsync(Ct);
            Assert.Equal(advisories, Assert.Single(audit, a => a.Action == "advisory.imported").Count);
            Assert.DoesNotContain(audit, a => a.EntityType is "vulnerability" or "catalog_affected_statement" or "advisory_revision_document" or "remediation");

            // The stored revision is the published document byte for byte.
            var sample = Path.Combine(icsma, "icsma-20-170-01.json");
            var stored = await db.AdvisoryRevisions.AsNoTracking().Join(db.Advisories, r => r.AdvisoryId, a => a.Id, (r, a) => new { r, a })
                .Where(x => x.a.TrackingId == "ICSMA-20-170-01").Select(x => x.r).SingleAsync(Ct);
            Assert.Equal(await File.ReadAllBytesAsync(sample, Ct), stored.Content);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored.Content)), stored.Sha256);
        }

        var second = await ImportCli.ImportAdvisoriesAsync(database, icsma, icsa);
        Assert.Equal(advisories, second.Int("unchanged"));
        Assert.Equal(0, second.Int("imported") + second.Int("updated") + second.Int("failed"));
        Assert.Equal(before, await CountsAsync(database));

        var verify = await CliRunner.RunAsync("audit", "verify", "--db", database.DbArgument);
        Assert.Equal(0, verify.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_newer_revision_becomes_current_keeps_the_older_and_records_what_changed(DatabaseKind kind)
    {
        var original = await File.ReadAllBytesAsync(SharedData.Require("csaf/cisa-icsma/icsma-17-082-01.json"), Ct);
        var (newer, fixedProduct) = NextRevision(original);
        using var folder = new ImportCli.TempFolder();
        var v1 = folder.File("v1.json", original);
        var v2 = folder.File("v2.json", newer);
        await using var database = await TestDatabase.CreateAsync(kind);

        Assert.Equal(1, (await ImportCli.ImportAdvisoriesAsync(database, v1)).Int("imported"));
        var updated = await ImportCli.ImportAdvisoriesAsync(database, v2);
        Assert.Equal(1, updated.Int("updated"));
        Assert.Equal(0, updated.Int("failed"));

        await using (var db = database.NewContext())
        {
            var advisory = await db.Advisories.AsNoTracking().SingleAsync(Ct);
            Assert.Equal("2", advisory.CurrentVersion);
            var revisions = await db.AdvisoryRevisions.AsNoTracking().OrderBy(r => r.Version).ToListAsync(Ct);
            Assert.Equal(["1", "2"], revisions.Select(r => r.Version));
            Assert.Equal(original, revisions[0].Content);
            Assert.Equal(revisions[1].Id, advisory.CurrentRevisionId);

            var changes = await db.AdvisoryChanges.AsNoTracking().ToListAsync(Ct);
            Assert.All(changes, c => Assert.Equal(revisions[1].Id, c.ToRevisionId));
            Assert.Contains(changes, c => c.Kind == "status_changed" && c.ProductKey == fixedProduct && c.After!.Contains("fixed", StringComparison.Ordinal));
            Assert.Contains(changes, c => c.Kind == "remediation_added" && c.ProductKey == fixedProduct && c.After!.Contains("Update to version 9.9", StringComparison.Ordinal));

            // The current statements are the newer revision's.
            var statements = await db.AffectedStatements.AsNoTracking().Where(s => s.ProductKey == fixedProduct).ToListAsync(Ct);
            Assert.NotEmpty(statements);
            Assert.All(statements, s => Assert.Equal("fixed", s.Status));
            Assert.All(statements, s => Assert.Equal(revisions[1].Id, s.AdvisoryRevisionId));
            Assert.Contains(statements, s => s.RemediationSummary!.Contains("vendor_fix: Update to version 9.9", StringComparison.Ordinal));
            Assert.Equal(2, await db.AuditRecords.CountAsync(a => a.EntityType == "advisory", Ct));
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "advisory.updated", Ct));
        }

        // Both files again: both already stored.
        var again = await ImportCli.ImportAdvisoriesAsync(database, v1, v2);
        Assert.Equal(2, again.Int("unchanged"));

        // An older revision seen for the first time goes to the history and leaves the current one alone.
        var olderVariant = JsonNode.Parse(original)!;
        olderVariant["document"]!["title"] = "Re-published first revision";
        var older = await ImportCli.ImportAdvisoriesAsync(database, folder.File("v1b.json", JsonSerializer.SerializeToUtf8Bytes(olderVariant)));
        Assert.Equal(1, older.Int("older"));
        Assert.Equal(0, older.Int("updated") + older.Int("imported") + older.Int("failed"));
        await using (var db = database.NewContext())
        {
            var advisory = await db.Advisories.AsNoTracking().SingleAsync(Ct);
            Assert.Equal("2", advisory.CurrentVersion);
            Assert.NotEqual("Re-published first revision", advisory.Title);
            Assert.Equal(3, await db.AdvisoryRevisions.CountAsync(Ct));
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invalid_file_fails_alone_with_its_path_and_signatures_are_skipped(DatabaseKind kind)
    {
        var source = SharedData.Require("csaf/cisa-icsma");
        using var folder = new ImportCli.TempFolder();
        foreach (var name in new[] { "icsma-18-114-01.json", "icsma-19-178-01.json" })
        {
            folder.Copy(Path.Combine(source, name));
            folder.Copy(Path.Combine(source, name + ".asc"));
            folder.Copy(Path.Combine(source, name + ".sha512"));
        }

        // A product status naming a product the tree does not define (mandatory test 6.1.1).
        var broken = JsonNode.Parse(await File.ReadAllBytesAsync(Path.Combine(source, "icsma-17-082-01.json"), Ct))!;
        broken["vulnerabilities"]![0]!["product_status"]!["known_affected"]!.AsArray().Add("CSAFPID-NOT-DEFINED");
        folder.File("broken.json", JsonSerializer.SerializeToUtf8Bytes(broken));

        // A valid advisory whose published checksum does not match.
        folder.Copy(Path.Combine(source, "icsma-18-312-01.json"));
        folder.File("icsma-18-312-01.json.sha512", "00ff  icsma-18-312-01.json\n"u8.ToArray());
        await using var database = await TestDatabase.CreateAsync(kind);

        var result = await ImportCli.RunJsonAsync(database, "import", "advisories", folder.Path);
        Assert.Equal(1, result.ExitCode);
        var json = result.Json;
        Assert.Equal(2, json.Int("imported"));
        Assert.Equal(2, json.Int("failed"));
        Assert.Equal(5, json.Int("skipped"));
        var errors = json.GetProperty("errors").EnumerateArray().ToList();
        var invalid = Assert.Single(errors, e => e.GetProperty("file").GetString()!.EndsWith("broken.json", StringComparison.Ordinal));
        Assert.Contains("$.vulnerabilities[0].product_status.known_affected", invalid.GetProperty("message").GetString(), StringComparison.Ordinal);
        var mismatch = Assert.Single(errors, e => e.GetProperty("file").GetString()!.EndsWith("icsma-18-312-01.json", StringComparison.Ordinal));
        Assert.Contains("checksum", mismatch.GetProperty("message").GetString(), StringComparison.Ordinal);

        await using var db = database.NewContext();
        var tracking = await db.Advisories.AsNoTracking().Select(a => a.TrackingId).OrderBy(t => t).ToListAsync(Ct);
        Assert.Equal(["ICSMA-18-114-01", "ICSMA-19-178-01"], tracking);
        Assert.Equal(2, await db.AdvisoryRevisions.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CVE_records_and_NVD_entries_create_vulnerabilities_with_their_statements(DatabaseKind kind)
    {
        var records = Directory.GetFiles(SharedData.Require("cve"), "CVE-*.json").Order(StringComparer.Ordinal).ToArray();
        var nvd = SharedData.Require("nvd/api-2.0-cve-items");
        var nvdFiles = Directory.GetFiles(nvd, "*.json").Length;
        await using var database = await TestDatabase.CreateAsync(kind);

        var cve = await ImportCli.ImportAdvisoriesAsync(database, records);
        Assert.Equal(records.Length, cve.Int("imported"));
        Assert.Equal(0, cve.Int("failed"));
        var fromNvd = await ImportCli.ImportAdvisoriesAsync(database, nvd);
        Assert.Equal(0, fromNvd.Int("failed"));
        Assert.Equal(nvdFiles, fromNvd.Int("imported") + fromNvd.Int("updated") + fromNvd.Int("older"));

        await using var db = database.NewContext();
        var ids = records.Select(r => Path.GetFileNameWithoutExtension(r)).ToList();
        var stored = await db.Vulnerabilities.AsNoTracking().Where(v => ids.Contains(v.CveId)).ToListAsync(Ct);
        Assert.Equal(ids.Count, stored.Count);
        Assert.All(stored, v => Assert.NotNull(v.Description));
        Assert.Contains(stored, v => v.CvssV3Score is not null);

        // CISA's ADP container gives SSVC decision points.
        Assert.Contains(stored, v => v.SsvcExploitation is not null && v.SsvcTechnicalImpact is not null);
        var record = JsonNode.Parse(await File.ReadAllBytesAsync(records[0], Ct))!;
        var statements = await db.AffectedStatements.AsNoTracking().Where(s => s.Source == "cve").ToListAsync(Ct);
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.NotNull(s.VulnerabilityId));
        Assert.Contains(statements, s => s.CveId == record["cveMetadata"]!["cveId"]!.GetValue<string>());

        // NVD copies KEV facts onto the CVE.
        var struts = await db.Vulnerabilities.AsNoTracking().SingleAsync(v => v.CveId == "CVE-2017-5638", Ct);
        Assert.True(struts.InKev);
        Assert.NotNull(struts.KevDateAdded);
        Assert.NotNull(struts.CvssV3Vector);
        Assert.Contains(await db.AffectedStatements.AsNoTracking().Where(s => s.Source == "nvd").Select(s => s.Cpe).ToListAsync(Ct), c => c is not null);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_NVD_API_response_page_imports_each_of_its_CVEs(DatabaseKind kind)
    {
        var nvd = SharedData.Require("nvd/api-2.0-cve-items");
        var items = new JsonArray(
            JsonNode.Parse(await File.ReadAllBytesAsync(Path.Combine(nvd, "CVE-2022-31022-all-versions-vulnerable.json"), Ct)),
            JsonNode.Parse(await File.ReadAllBytesAsync(Path.Combine(nvd, "cve-2024-23113.json"), Ct)));
        var page = new JsonObject
        {
            ["resultsPerPage"] = 2,
            ["startIndex"] = 0,
            ["totalResults"] = 2,
            ["format"] = "NVD_CVE",
            ["version"] = "2.0",
            ["timestamp"] = "2025-01-01T00:00:00.000",
            ["vulnerabilities"] = items,
        };
        using var folder = new ImportCli.TempFolder();
        var file = folder.File("page.json", JsonSerializer.SerializeToUtf8Bytes(page));
        await using var database = await TestDatabase.CreateAsync(kind);

        Assert.Equal(2, (await ImportCli.ImportAdvisoriesAsync(database, file)).Int("imported"));
        Assert.Equal(2, (await ImportCli.ImportAdvisoriesAsync(database, file)).Int("unchanged"));

        await using var db = database.NewContext();
        var advisories = await db.Advisories.AsNoTracking().OrderBy(a => a.TrackingId).ToListAsync(Ct);
        Assert.Equal(["CVE-2022-31022", "CVE-2024-23113"], advisories.Select(a => a.TrackingId));
        Assert.All(advisories, a => Assert.Equal("nvd", a.SourceFormat));

        // Each CVE's revision is its own item, not the whole page.
        var stored = await db.AdvisoryRevisions.AsNoTracking().Select(r => r.Content).ToListAsync(Ct);
        Assert.All(stored, content => Assert.True(JsonNode.Parse(content)!["cve"] is not null));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CSAF_VEX_not_affected_statements_become_VEX_statements(DatabaseKind kind)
    {
        var examples = SharedData.Require("csaf/oasis-tests/examples");
        var vex = Directory.GetFiles(examples, "*.json", SearchOption.AllDirectories)
            .Where(f => JsonNode.Parse(File.ReadAllBytes(f))?["document"]?["category"]?.GetValue<string>() == "csaf_vex")
            .Where(f => File.ReadAllText(f).Contains("known_not_affected", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(vex);
        await using var database = await TestDatabase.CreateAsync(kind);

        var result = await ImportCli.ImportAdvisoriesAsync(database, vex);
        Assert.True(result.Int("imported") + result.Int("updated") + result.Int("older") > 0);

        await using var db = database.NewContext();
        var statements = await db.VexStatements.AsNoTracking().ToListAsync(Ct);
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal(Core.Intelligence.VexSource.CsafAdvisory, s.Source));
        Assert.All(statements, s => Assert.Equal("not_affected", s.Status));
        Assert.All(statements, s => Assert.True(s.Justification is not null || s.Detail is not null));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Anything_else_is_an_unknown_format(DatabaseKind kind)
    {
        using var folder = new ImportCli.TempFolder();
        folder.File("notes.json", "{\"hello\": \"world\"}"u8.ToArray());
        folder.File("list.csv", "a,b\n1,2\n"u8.ToArray());
        await using var database = await TestDatabase.CreateAsync(kind);

        var result = await ImportCli.RunJsonAsync(database, "import", "advisories", folder.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.Json.Int("failed"));
        Assert.All(result.Json.GetProperty("errors").EnumerateArray(), e => Assert.StartsWith("unknown format", e.GetProperty("message").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Broken_JSON_fails_alone_saying_where_and_the_other_files_import(DatabaseKind kind)
    {
        using var folder = new ImportCli.TempFolder();
        var good = folder.Copy(SharedData.Require("csaf/cisa-icsma/icsma-17-009-01a.json"));
        var broken = folder.File("broken.json", "{\"document\": {\"category\": }"u8.ToArray());
        var deep = folder.File("deep.json", Encoding.UTF8.GetBytes("{\"document\": " + new string('[', 100) + new string(']', 100) + "}"));
        var utf8 = folder.File("utf8.json", [.. "{\"document\": {\"title\": \""u8, 0xC3, 0x28, .. "\"}}"u8]);
        var huge = folder.File("huge.json", Encoding.UTF8.GetBytes("{\"document\": {\"title\": \"" + new string('x', 2 * 1024 * 1024) + "\"}}"));
        await using var database = await TestDatabase.CreateAsync(kind);

        var result = await ImportCli.RunJsonAsync(database, "import", "advisories", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, result.Json.Int("imported"));
        Assert.Equal(4, result.Json.Int("failed"));
        var errors = result.Json.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.DoesNotContain(good, errors.Keys);
        Assert.All(errors.Values, m => Assert.StartsWith("not acceptable JSON: $", m, StringComparison.Ordinal));
        Assert.Contains("line 1", errors[broken], StringComparison.Ordinal);
        Assert.Contains("64", errors[deep], StringComparison.Ordinal);
        Assert.Contains("UTF-8", errors[utf8], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("not acceptable JSON: $.document.title", errors[huge], StringComparison.Ordinal);
    }

    /// <summary>
    /// The next revision of a real advisory, as a publisher would write it: version and revision history bumped,
    /// the first affected product moved to fixed, and a vendor fix for it.
    /// </summary>
    private static (byte[] Document, string FixedProduct) NextRevision(byte[] original)
    {
        var doc = JsonNode.Parse(original)!;
        var tracking = doc["document"]!["tracking"]!;
        tracking["version"] = "2";
        tracking["current_release_date"] = "2030-01-15T12:00:00.000000Z";
        tracking["revision_history"]!.AsArray().Add(new JsonObject
        {
            ["number"] = "2",
            ["date"] = "2030-01-15T12:00:00.000000Z",
            ["summary"] = "Fixed version released",
        });
        var vulnerability = doc["vulnerabilities"]![0]!;
        var affected = vulnerability["product_status"]!["known_affected"]!.AsArray();
        var product = affected[0]!.GetValue<string>();
        affected.RemoveAt(0);
        vulnerability["product_status"]!["fixed"] = new JsonArray(product);
        vulnerability["remediations"]!.AsArray().Add(new JsonObject
        {
            ["category"] = "vendor_fix",
            ["details"] = "Update to version 9.9",
            ["product_ids"] = new JsonArray(product),
        });
        return (JsonSerializer.SerializeToUtf8Bytes(doc), product);
    }

    private sealed record Counts(int Advisories, int Revisions, int Vulnerabilities, int Statements, int Remediations, int Changes, int Audit);

    private static async Task<Counts> CountsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return new Counts(
            await db.Advisories.CountAsync(Ct), await db.AdvisoryRevisions.CountAsync(Ct), await db.Vulnerabilities.CountAsync(Ct),
            await db.AffectedStatements.CountAsync(Ct), await db.Remediations.CountAsync(Ct), await db.AdvisoryChanges.CountAsync(Ct),
            await db.AuditRecords.CountAsync(Ct));
    }
}
