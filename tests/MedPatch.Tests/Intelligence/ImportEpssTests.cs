using System.IO.Compression;
using System.Text;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Intelligence;

public sealed class ImportEpssTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Csv(string day, double known) =>
        $"#model_version:v2025.03.14,score_date:{day}T00:00:00+0000\n" +
        "cve,epss,percentile\n" +
        $"CVE-2020-10627,{known.ToString(System.Globalization.CultureInfo.InvariantCulture)},0.71234\n" +
        "CVE-2019-10964,0.00250,0.48000\n" +
        "CVE-1999-0001,0.01000,0.80000\n" +
        "CVE-2024-99999,0.50000,0.99000\n";

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Scores_are_stored_for_every_CVE_and_set_on_known_vulnerabilities(DatabaseKind kind)
    {
        var record = SharedData.Require("cve/CVE-2020-10627.json");
        var later = SharedData.Require("cve/CVE-2019-10964.json");
        using var folder = new ImportCli.TempFolder();
        var plain = folder.File("epss_scores-2025-06-01.csv", Encoding.UTF8.GetBytes(Csv("2025-06-01", 0.04321)));
        var gzip = folder.File("epss_scores-2025-06-02.csv.gz", Gzip(Csv("2025-06-02", 0.12345)));
        await using var database = await TestDatabase.CreateAsync(kind);
        await ImportCli.ImportAdvisoriesAsync(database, record);

        var first = (await ImportCli.RunJsonAsync(database, "import", "epss", plain)).Json;
        Assert.Equal(4, first.Int("scores"));
        Assert.Equal(1, first.Int("updated"));
        Assert.Equal("v2025.03.14", first.GetProperty("model_version").GetString());
        await using (var db = database.NewContext())
        {
            Assert.Equal(4, await db.EpssScores.CountAsync(Ct));
            var v = await db.Vulnerabilities.AsNoTracking().SingleAsync(x => x.CveId == "CVE-2020-10627", Ct);
            Assert.Equal(0.04321, v.EpssScore);
            Assert.Equal(0.71234, v.EpssPercentile);
            Assert.Equal(new DateOnly(2025, 6, 1), v.EpssScoreDate);
            Assert.Equal("v2025.03.14", v.EpssModelVersion);
        }

        Assert.True((await ImportCli.RunJsonAsync(database, "import", "epss", plain)).Json.GetProperty("unchanged").GetBoolean());

        var second = (await ImportCli.RunJsonAsync(database, "import", "epss", gzip)).Json;
        Assert.False(second.GetProperty("unchanged").GetBoolean());
        Assert.Equal(4, second.Int("scores"));

        // The older day again changes nothing.
        Assert.True((await ImportCli.RunJsonAsync(database, "import", "epss", folder.File("again.csv", Encoding.UTF8.GetBytes(Csv("2025-06-01", 0.9))))).Json.GetProperty("older").GetBoolean());

        // A CVE imported after the EPSS file takes its stored score.
        await ImportCli.ImportAdvisoriesAsync(database, later);
        await using (var db = database.NewContext())
        {
            Assert.Equal(4, await db.EpssScores.CountAsync(Ct));
            Assert.Equal(0.12345, (await db.Vulnerabilities.AsNoTracking().SingleAsync(x => x.CveId == "CVE-2020-10627", Ct)).EpssScore);
            var late = await db.Vulnerabilities.AsNoTracking().SingleAsync(x => x.CveId == "CVE-2019-10964", Ct);
            Assert.Equal(0.0025, late.EpssScore);
            Assert.Equal(new DateOnly(2025, 6, 2), late.EpssScoreDate);
            Assert.Equal(2, await db.AuditRecords.CountAsync(a => a.Action == "epss.imported", Ct));
        }
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_broken_file_changes_nothing(DatabaseKind kind)
    {
        using var folder = new ImportCli.TempFolder();
        var good = folder.File("good.csv", Encoding.UTF8.GetBytes(Csv("2025-06-01", 0.1)));
        var broken = folder.File("broken.csv", Encoding.UTF8.GetBytes(Csv("2025-06-03", 0.2) + "CVE-2024-10001,2.5,0.1\n"));
        await using var database = await TestDatabase.CreateAsync(kind);
        await ImportCli.RunJsonAsync(database, "import", "epss", good);

        var result = await CliRunner.RunAsync("import", "epss", broken, "--db", database.DbArgument);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("outside 0..1", result.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0.1, (await db.EpssScores.AsNoTracking().SingleAsync(e => e.CveId == "CVE-2020-10627", Ct)).Score);
    }

    private static byte[] Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return memory.ToArray();
    }
}
