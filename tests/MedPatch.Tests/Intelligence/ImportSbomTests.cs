using System.Text.Json;
using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;
using MedPatch.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace MedPatch.Tests.Intelligence;

public sealed class ImportSbomTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_SBOM_is_stored_on_its_model_once_and_a_new_one_replaces_its_components(DatabaseKind kind)
    {
        var narrow = SharedData.Require("cyclonedx/medical-device-sbom-case-study/narrow.sbom.json");
        var extended = SharedData.Require("cyclonedx/medical-device-sbom-case-study/extended.sbom.json");
        await using var database = await TestDatabase.CreateAsync(kind);
        await AddModelAsync(database);

        var first = (await ImportCli.RunJsonAsync(database, "import", "sbom", narrow, "--model", "Acme Medical Inc./Infusion Pump X-200", "--version", "4.1")).Json;
        Assert.Equal("cyclonedx", first.GetProperty("format").GetString());
        Assert.Equal("1.4", first.GetProperty("spec_version").GetString());
        Assert.Equal(CountComponents(narrow), first.Int("components"));
        Assert.Equal(CountEdges(narrow), first.Int("dependencies"));
        Assert.Equal("Infusion Pump X-200", first.GetProperty("model").GetString());

        // Through an alias and the model's spelling variants; the same bytes again change nothing.
        var again = (await ImportCli.RunJsonAsync(database, "import", "sbom", narrow, "--model", "ACME/infusion pump x200", "--version", "4.1")).Json;
        Assert.True(again.GetProperty("unchanged").GetBoolean());

        var replaced = (await ImportCli.RunJsonAsync(database, "import", "sbom", extended, "--model", "Acme Medical/Infusion Pump X-200", "--version", "4.1")).Json;
        Assert.True(replaced.GetProperty("replaced").GetBoolean());
        Assert.Equal(CountComponents(extended), replaced.Int("components"));

        await using var db = database.NewContext();
        var sboms = await db.Sboms.AsNoTracking().OrderBy(s => s.ImportedAt).ThenBy(s => s.Id).ToListAsync(Ct);
        Assert.Equal(2, sboms.Count);
        Assert.Single(sboms, s => s.IsCurrent);
        var current = sboms.Single(s => s.IsCurrent);
        Assert.Equal(await File.ReadAllBytesAsync(extended, Ct), current.Content);
        Assert.Equal("4.1", current.ModelVersion);
        Assert.Equal(CountComponents(extended), await db.SbomComponents.CountAsync(Ct));
        Assert.Equal(0, await db.SbomComponents.CountAsync(c => c.SbomId != current.Id, Ct));
        Assert.Contains(await db.SbomComponents.AsNoTracking().Select(c => c.Purl).ToListAsync(Ct), p => p != null && p.StartsWith("pkg:", StringComparison.Ordinal));
        Assert.Equal(CountEdges(extended), await db.SbomDependencies.CountAsync(d => d.SbomId == current.Id, Ct));
        Assert.Equal(2, await db.AuditRecords.CountAsync(a => a.Action == "sbom.imported", Ct));
        Assert.Equal(0, await db.AuditRecords.CountAsync(a => a.EntityType == "device_sbom_component", Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task VEX_statements_of_a_CycloneDX_document_are_stored(DatabaseKind kind)
    {
        var vex = SharedData.Require("cyclonedx/bom-examples/VEX/vex.json");
        await using var database = await TestDatabase.CreateAsync(kind);
        await AddModelAsync(database);

        var result = (await ImportCli.RunJsonAsync(database, "import", "sbom", vex, "--model", "Acme Medical/Infusion Pump X-200")).Json;
        Assert.Equal(1, result.Int("vex_statements"));

        await using var db = database.NewContext();
        var statement = await db.VexStatements.AsNoTracking().SingleAsync(Ct);
        Assert.Equal(Core.Intelligence.VexSource.Sbom, statement.Source);
        Assert.Equal("CVE-2020-25649", statement.VulnerabilityRef);
        Assert.Equal("not_affected", statement.Status);
        Assert.Equal("code_not_reachable", statement.Justification);
        Assert.Contains("jackson-databind", statement.ProductRef, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_manufacturer_or_model_is_a_clear_error(DatabaseKind kind)
    {
        var narrow = SharedData.Require("cyclonedx/medical-device-sbom-case-study/narrow.sbom.json");
        await using var database = await TestDatabase.CreateAsync(kind);
        await AddModelAsync(database);

        var manufacturer = await CliRunner.RunAsync("import", "sbom", narrow, "--model", "Nobody/Pump", "--db", database.DbArgument);
        Assert.Equal(2, manufacturer.ExitCode);
        Assert.Contains("unknown manufacturer 'Nobody'", manufacturer.Error, StringComparison.Ordinal);
        var model = await CliRunner.RunAsync("import", "sbom", narrow, "--model", "Acme Medical/Pump 9", "--db", database.DbArgument);
        Assert.Equal(2, model.ExitCode);
        Assert.Contains("unknown model 'Pump 9'", model.Error, StringComparison.Ordinal);
        Assert.Contains("Infusion Pump X-200", model.Error, StringComparison.Ordinal);

        await using var db = database.NewContext();
        Assert.Equal(0, await db.Sboms.CountAsync(Ct));
    }

    private static async Task AddModelAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var manufacturer = new Manufacturer { Name = "Acme Medical", NormalizedName = ManufacturerName.Normalize("Acme Medical") };
        manufacturer.Aliases.Add(new ManufacturerAlias { Name = "ACME", NormalizedName = ManufacturerName.Normalize("ACME") });
        db.Manufacturers.Add(manufacturer);
        db.DeviceModels.Add(new DeviceModel { ManufacturerId = manufacturer.Id, Name = "Infusion Pump X-200", NormalizedName = ModelName.Normalize("Infusion Pump X-200") });
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>Dependency edges: each dependsOn target of each entry (an entry without targets depends on nothing).</summary>
    private static int CountEdges(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        return document.RootElement.TryGetProperty("dependencies", out var list)
            ? list.EnumerateArray().Sum(d => d.TryGetProperty("dependsOn", out var targets) ? targets.EnumerateArray().Select(t => t.GetString()).Distinct(StringComparer.Ordinal).Count() : 0)
            : 0;
    }

    /// <summary>Components at any depth: nested ones are components too.</summary>
    private static int CountComponents(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        static int Count(JsonElement parent) =>
            parent.TryGetProperty("components", out var list) ? list.EnumerateArray().Sum(c => 1 + Count(c)) : 0;
        return Count(document.RootElement);
    }
}
