using System.CommandLine;
using System.Globalization;
using MedPatch.Cli;
using MedPatch.Features.Intelligence.Api;

namespace MedPatch.Features.Intelligence;

/// <summary><c>medpatch vulnerabilities</c> and <c>medpatch advisories</c>: the catalog as a table or JSON, through the same queries as the API.</summary>
public static class IntelligenceListCommands
{
    public static Command Vulnerabilities(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var kev = new Option<bool>("--kev") { Description = "Only vulnerabilities in CISA's KEV catalog" };
        var manufacturer = new Option<string?>("--manufacturer") { Description = "Vendor of an affected statement: a manufacturer's name or alias" };
        var cve = new Option<string?>("--cve") { Description = "One CVE id" };
        var limit = new Option<int?>("--limit") { Description = "At most this many, newest first" };
        var command = new Command("vulnerabilities", "List known vulnerabilities with CVSS, KEV, EPSS, advisories and manufacturers") { json, kev, manufacturer, cve, limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var size = Limit(parseResult.GetValue(limit));
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var queries = ActivatorUtilities.CreateInstance<VulnerabilityQueries>(scope.ServiceProvider, ActivatorUtilities.CreateInstance<VendorNames>(scope.ServiceProvider));
            var filter = new VulnerabilityFilter(parseResult.GetValue(cve), parseResult.GetValue(manufacturer), null, parseResult.GetValue(kev) ? true : null);
            var page = await queries.ListAsync(filter, "-published", 1, size, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                console.WriteJson(page.Items);
                return 0;
            }

            console.WriteTable(
                ["CVE", "Title", "CVSS", "KEV", "EPSS", "Advisories", "Manufacturers"],
                page.Items.Select(v => (IReadOnlyList<string?>)
                [
                    v.Cve, v.Title, v.CvssBaseScore is { } score ? string.Create(CultureInfo.InvariantCulture, $"{score:0.0} {v.CvssSeverity}") : null,
                    v.Kev ? "yes" : null, v.EpssScore?.ToString("0.0000", CultureInfo.InvariantCulture),
                    v.AdvisoryCount.ToString(CultureInfo.InvariantCulture), string.Join(", ", v.Manufacturers),
                ]));
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{page.Items.Count} of {page.Total} vulnerabilities")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    public static Command Advisories(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var manufacturer = new Option<string?>("--manufacturer") { Description = "Vendor of an affected statement: a manufacturer's name or alias" };
        var cve = new Option<string?>("--cve") { Description = "Advisories naming this CVE" };
        var limit = new Option<int?>("--limit") { Description = "At most this many, newest first" };
        var command = new Command("advisories", "List imported advisories with their current revision") { json, manufacturer, cve, limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var size = Limit(parseResult.GetValue(limit));
            await using var services = await CliServices.OpenAsync(GlobalOptions.Database(parseResult), CliServices.Schema.MustBeCurrent, cancellationToken).ConfigureAwait(false);
            await using var scope = services.CreateAsyncScope();
            var queries = ActivatorUtilities.CreateInstance<AdvisoryQueries>(scope.ServiceProvider, ActivatorUtilities.CreateInstance<VendorNames>(scope.ServiceProvider));
            var filter = new AdvisoryFilter(parseResult.GetValue(cve), parseResult.GetValue(manufacturer));
            var page = await queries.ListAsync(filter, "-release_date", 1, size, cancellationToken).ConfigureAwait(false);
            var items = page.Items.Select(a => new
            {
                Id = a.TrackingId,
                a.Title,
                a.Publisher,
                Format = a.SourceFormat,
                Version = a.CurrentVersion,
                CurrentRelease = a.CurrentReleaseDate,
                Revisions = a.RevisionCount,
                CveCount = a.Cves.Count,
                a.Cves,
            }).ToList();
            if (parseResult.GetValue(json))
            {
                console.WriteJson(items);
                return 0;
            }

            console.WriteTable(
                ["Id", "Title", "Publisher", "Version", "Current release", "Revisions", "CVEs"],
                items.Select(a => (IReadOnlyList<string?>)
                [
                    a.Id, a.Title, a.Publisher, a.Version, a.CurrentRelease?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    a.Revisions.ToString(CultureInfo.InvariantCulture), a.CveCount.ToString(CultureInfo.InvariantCulture),
                ]));
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{items.Count} of {page.Total} advisories")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static int Limit(int? limit) => limit switch
    {
        null => int.MaxValue,
        < 1 => throw new CliException("--limit must be 1 or more", 2),
        { } n => n,
    };
}
