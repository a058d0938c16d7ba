using System.Text.Json.Nodes;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Standards.Vers;

namespace MedPatch.Core.Tests.Intelligence.Normalization;

/// <summary>
/// Every CISA medical advisory normalizes, and nothing is lost: each (vulnerability, product, status) the JSON names
/// is a statement, and each product a remediation names (directly or through a group) gets that remediation.
/// The expected figures are counted from the raw JSON, independently of the CSAF model.
/// </summary>
public sealed class CsafNormalizerSharedDataTests
{
    private const string Folder = "csaf/cisa-icsma";

    private static readonly Dictionary<string, AffectedStatus> StatusOf = new(StringComparer.Ordinal)
    {
        ["first_affected"] = AffectedStatus.Affected,
        ["known_affected"] = AffectedStatus.Affected,
        ["last_affected"] = AffectedStatus.Affected,
        ["first_fixed"] = AffectedStatus.Fixed,
        ["fixed"] = AffectedStatus.Fixed,
        ["known_not_affected"] = AffectedStatus.NotAffected,
        ["under_investigation"] = AffectedStatus.UnderInvestigation,
        ["recommended"] = AffectedStatus.Recommended,
    };

    /// <summary>The medical advisories, and the industrial and IT ones as a check that nothing is medical-only.</summary>
    public static TheoryData<string, string> Advisories()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { Folder, "csaf/cisa-icsa", "csaf/cisa-it" })
        {
            foreach (var name in NormalizationData.Names(folder))
            {
                data.Add(folder, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Advisories))]
    public void Advisory_normalizes_without_losing_statements_or_remediations(string folder, string name)
    {
        var json = NormalizationData.Json(folder, name);
        var advisory = NormalizationData.Csaf(folder, name);

        Assert.Equal(AdvisorySource.Csaf, advisory.Source);
        Assert.Equal((string?)json["document"]!["tracking"]!["id"], advisory.TrackingId);
        Assert.Equal((string?)json["document"]!["tracking"]!["version"], advisory.Version);
        Assert.Equal(json["document"]!["tracking"]!["revision_history"]!.AsArray().Count, advisory.RevisionHistory.Count);

        var vulnerabilities = json["vulnerabilities"]?.AsArray() ?? [];
        Assert.Equal(vulnerabilities.Count, advisory.Vulnerabilities.Count);
        var groups = (json["product_tree"]?["product_groups"]?.AsArray() ?? []).ToDictionary(
            g => (string)g!["group_id"]!, g => g!["product_ids"]!.AsArray().Select(p => (string)p!).ToList(), StringComparer.Ordinal);

        var expectedStatements = new HashSet<(string, string, AffectedStatus)>();
        var expectedRemediations = 0;
        for (var i = 0; i < vulnerabilities.Count; i++)
        {
            var v = vulnerabilities[i]!;
            var cve = (string?)v["cve"] ?? (string?)v["ids"]?[0]?["text"] ?? $"vulnerabilities[{i}]";
            Assert.Equal(cve, advisory.Vulnerabilities[i].CveId);
            foreach (var (status, ids) in v["product_status"]?.AsObject() ?? [])
            {
                foreach (var id in ids!.AsArray())
                {
                    expectedStatements.Add((cve, (string)id!, StatusOf[status]));
                }
            }

            foreach (var r in v["remediations"]?.AsArray() ?? [])
            {
                var ids = (r!["product_ids"]?.AsArray().Select(p => (string)p!) ?? [])
                    .Concat((r["group_ids"]?.AsArray() ?? []).SelectMany(g => groups[(string)g!]));
                expectedRemediations += Math.Max(1, ids.Distinct(StringComparer.Ordinal).Count());
            }
        }

        Assert.Equal(expectedStatements.Order().ToList(), advisory.Statements.Select(s => (s.CveId, s.ProductKey, s.Status)).Order().ToList());
        Assert.Equal(expectedRemediations, advisory.Remediations.Count);

        foreach (var s in advisory.Statements)
        {
            // Every product resolves through the tree, and every range is either vers or explained.
            Assert.Null(s.Product is null ? "unresolved " + s.ProductKey : null);
            Assert.False(string.IsNullOrWhiteSpace(s.Vendor), s.ProductKey);
            if (s.VersionRange is { } range)
            {
                if (range.StartsWith("vers:", StringComparison.Ordinal))
                {
                    Assert.Equal(range, VersRange.Parse(range).ToString());
                }
                else
                {
                    Assert.NotNull(s.ConfidenceNote);
                    Assert.Equal(s.RawVersion, range);
                }
            }
        }
    }

    [Fact]
    public void Every_visible_range_is_kept_and_most_become_vers()
    {
        var statements = NormalizationData.Names(Folder)
            .SelectMany(f => NormalizationData.Csaf(Folder, f).Statements)
            .Where(s => s.RawVersion is not null)
            .DistinctBy(s => s.RawVersion, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(statements);

        var asVers = statements.Count(s => s.VersionRange?.StartsWith("vers:", StringComparison.Ordinal) == true || s.Version is not null);

        // The free-text remainder (dates, several product lines in one text) stays as written, with a note.
        Assert.True(asVers * 10 >= statements.Count * 8, $"{asVers} of {statements.Count} distinct version texts became versions or vers ranges");
        Assert.All(statements.Where(s => s.Version is null && s.VersionRange?.StartsWith("vers:", StringComparison.Ordinal) != true), s => Assert.NotNull(s.ConfidenceNote));
    }

    [Fact]
    public void Medtronic_insulin_pumps_icsma_19_178_01()
    {
        var advisory = NormalizationData.Csaf(Folder, "icsma-19-178-01.json");

        Assert.Equal("ICSMA-19-178-01", advisory.TrackingId);
        Assert.Equal("final", advisory.Status);
        Assert.Equal("WHITE", advisory.Tlp);
        Assert.Equal("CISA", advisory.Publisher.Name);
        var vulnerability = Assert.Single(advisory.Vulnerabilities);
        Assert.Equal("CVE-2019-10964", vulnerability.CveId);
        Assert.Equal(new NormalizedCwe("CWE-284", "Improper Access Control"), vulnerability.Cwe);
        Assert.Equal("CVSS:3.0/AV:A/AC:H/PR:N/UI:N/S:U/C:L/I:H/A:H", Assert.Single(vulnerability.Cvss).Vector);

        Assert.Equal(11, advisory.Statements.Count);
        Assert.All(advisory.Statements, s => Assert.Equal(AffectedStatus.Affected, s.Status));
        Assert.All(advisory.Statements, s => Assert.Equal("Medtronic", s.Vendor));

        // product_version "vers:all/*" is a range, not a version called "vers:all/*".
        var pump508 = advisory.Statements.Single(s => s.ProductKey == "CSAFPID-0003");
        Assert.Equal("MiniMed 508 pump", pump508.Product);
        Assert.Null(pump508.Version);
        Assert.Equal("vers:all/*", pump508.VersionRange);

        var pump523 = advisory.Statements.Single(s => s.ProductKey == "CSAFPID-0009");
        Assert.Equal("MiniMed Paradigm 523/723 pumps", pump523.Product);
        Assert.Equal("vers:device/<=2.4A", pump523.VersionRange);
        Assert.Equal("<= 2.4A", pump523.RawVersion);
        Assert.Null(pump523.ConfidenceNote);

        // Seven vendor_fix remediations, each for all eleven products.
        Assert.Equal(77, advisory.Remediations.Count);
        Assert.All(advisory.Remediations, r => Assert.Equal(RemediationCategory.VendorFix, r.Category));
        Assert.Equal(7, advisory.Remediations.Count(r => r.ProductKey == "CSAFPID-00010"));
        Assert.Contains(advisory.Remediations, r => r.ProductKey == "CSAFPID-0005" && r.Url == "https://www.medtronic.com/security");
    }

    [Fact]
    public void Philips_vue_pacs_icsma_21_187_01_remediations_are_per_product()
    {
        var advisory = NormalizationData.Csaf(Folder, "icsma-21-187-01.json");

        Assert.Equal("3", advisory.Version);
        Assert.Equal(3, advisory.RevisionHistory.Count);
        var motion = advisory.Statements.First(s => s.ProductKey == "CSAFPID-0002");
        Assert.Equal(("Philips", "Vue Motion"), (motion.Vendor, motion.Product));
        Assert.Equal("vers:device/<=12.2.1.5", motion.VersionRange);

        // "<= 12.2.x.x" means every 12.2 release: below 12.3.
        var pacs = advisory.Statements.First(s => s.ProductKey == "CSAFPID-0001");
        Assert.Equal("vers:device/<12.3", pacs.VersionRange);
        Assert.Contains("wildcard", pacs.ConfidenceNote, StringComparison.Ordinal);
        Assert.True(VersRange.Parse(pacs.VersionRange!).Contains("12.2.8.100"));

        var first = advisory.Vulnerabilities[0].CveId;
        Assert.Equal("CVE-2020-1938", first);
        var forMotion = advisory.Remediations.Where(r => r.CveId == first && r.ProductKey == "CSAFPID-0002").Select(r => r.Details).ToList();
        Assert.Contains(forMotion, d => d.StartsWith("Philips released Version 12.2.1.5 in June of 2020 for Vue Motion", StringComparison.Ordinal));
        Assert.DoesNotContain(forMotion, d => d.Contains("for Speech", StringComparison.Ordinal));
        Assert.Equal(5, forMotion.Count);
    }

    [Fact]
    public void Bd_facschorus_icsma_23_331_01_lists_exact_versions_as_a_vers_set()
    {
        var advisory = NormalizationData.Csaf(Folder, "icsma-23-331-01.json");

        Assert.Equal(7, advisory.Vulnerabilities.Count);
        var g9 = advisory.Statements.First(s => s.ProductKey == "CSAFPID-0001");
        Assert.Equal("Becton, Dickinson and Company (BD)", g9.Vendor);
        Assert.Equal("vers:device/5.0|5.1", g9.VersionRange);
        var range = VersRange.Parse(g9.VersionRange!);
        Assert.True(range.Contains("5.1"));
        Assert.False(range.Contains("5.2"));
        Assert.All(advisory.Remediations, r => Assert.Equal(RemediationCategory.Mitigation, r.Category));
        Assert.Equal(7 * 7 * 2, advisory.Remediations.Count);
    }

    [Fact]
    public void St_jude_merlin_icsma_17_009_01a()
    {
        var advisory = NormalizationData.Csaf(Folder, "icsma-17-009-01a.json");

        Assert.Equal("ICSMA-17-009-01A", advisory.TrackingId);
        Assert.Equal("2", advisory.Version);
        Assert.Equal(
            ["CSAFPID-0001", "CSAFPID-0002", "CSAFPID-0003"],
            advisory.Statements.Select(s => s.ProductKey));
        Assert.All(advisory.Statements, s => Assert.Equal("vers:device/<8.2.2", s.VersionRange));
        Assert.Equal("RF models EX1150", advisory.Statements[2].Product);
        var remediation = Assert.Single(advisory.Remediations, r => r.ProductKey == "CSAFPID-0001");
        Assert.Equal(RemediationCategory.Mitigation, remediation.Category);
        Assert.StartsWith("The new version of the transmitter software, Version 8.2.2", remediation.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Product_groups_expand_in_remediations_and_flags()
    {
        var json = NormalizationData.Json(Folder, "icsma-17-009-01a.json");
        json["product_tree"]!["product_groups"] = new JsonArray(new JsonObject
        {
            ["group_id"] = "CSAFGID-0001",
            ["product_ids"] = new JsonArray("CSAFPID-0002", "CSAFPID-0003"),
        });
        var vulnerability = json["vulnerabilities"]![0]!;
        vulnerability["product_status"] = new JsonObject
        {
            ["known_affected"] = new JsonArray("CSAFPID-0001"),
            ["known_not_affected"] = new JsonArray("CSAFPID-0002", "CSAFPID-0003"),
        };
        vulnerability["flags"] = new JsonArray(new JsonObject
        {
            ["label"] = "vulnerable_code_not_in_execute_path",
            ["group_ids"] = new JsonArray("CSAFGID-0001"),
        });
        var remediation = vulnerability["remediations"]![0]!;
        remediation["product_ids"] = new JsonArray("CSAFPID-0001");
        remediation["group_ids"] = new JsonArray("CSAFGID-0001");

        var advisory = NormalizationData.Csaf(json);

        Assert.Equal(["CSAFPID-0001", "CSAFPID-0002", "CSAFPID-0003"], advisory.Remediations.Select(r => r.ProductKey));
        var notAffected = advisory.Statements.Where(s => s.Status == AffectedStatus.NotAffected).ToList();
        Assert.Equal(2, notAffected.Count);
        Assert.All(notAffected, s => Assert.Equal("vulnerable_code_not_in_execute_path", s.Justification));
        Assert.Null(advisory.Statements.Single(s => s.Status == AffectedStatus.Affected).Justification);
    }
}
