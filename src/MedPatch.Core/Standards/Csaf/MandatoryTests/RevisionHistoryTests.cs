using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>
/// CSAF 2.0 tests on /document/tracking: 6.1.14 (sorted revision history), 6.1.16 to 6.1.22 (document version,
/// status and revision history entries) and 6.1.30 (mixed integer and semantic versioning).
/// </summary>
internal static class RevisionHistoryTests
{
    private const string TrackingPath = "$.document.tracking";
    private const string HistoryPath = TrackingPath + ".revision_history";

    private sealed record Revision(int Index, string Path, DateTimeOffset? Date, string? Number, CsafVersionNumber? Version);

    public static void Run(JsonElement document, List<CsafValidationError> errors)
    {
        if (CsafJson.Object(document, "document") is not { } meta || CsafJson.Object(meta, "tracking") is not { } tracking)
        {
            return;
        }

        var status = CsafJson.String(tracking, "status");
        var versionText = CsafJson.String(tracking, "version");
        var version = CsafVersionNumber.Parse(versionText);
        var released = status is "final" or "interim";
        var revisions = CsafJson.Items(tracking, "revision_history", TrackingPath)
            .Where(r => r.Item.ValueKind == JsonValueKind.Object)
            .Select((r, i) =>
            {
                var number = CsafJson.String(r.Item, "number");
                return new Revision(i, r.Path, Date(CsafJson.String(r.Item, "date")), number, CsafVersionNumber.Parse(number));
            })
            .ToList();

        // Items of the same instant are ordered by their version, as the standard gives no other order among them.
        var byDate = revisions.Where(r => r.Date is not null && r.Version is not null)
            .OrderBy(r => r.Date)
            .ThenBy(r => r.Version!, Comparer<CsafVersionNumber>.Create(CsafVersionNumber.Compare))
            .ToList();

        SortedHistory(byDate, errors);
        LatestVersion(byDate, versionText, version, status, errors);
        if (version is not null && !string.Equals(status, "draft", StringComparison.Ordinal) && (version.Major.IsZero || version.PreRelease is not null))
        {
            errors.Add(new("6.1.17", TrackingPath + ".status", $"The document version is {versionText}, a pre-release or 0.y.z version, so the document status must be draft, not {status}."));
        }

        foreach (var revision in revisions.Where(r => r.Version is not null))
        {
            if (released && revision.Version!.Major.IsZero)
            {
                errors.Add(new("6.1.18", revision.Path + ".number", $"The document status is {status} but the revision history holds version {revision.Number}, a 0 or 0.y.z draft version."));
            }

            if (revision.Version!.PreRelease is not null)
            {
                errors.Add(new("6.1.19", revision.Path + ".number", $"The revision history holds the pre-release version {revision.Number}."));
            }
        }

        if (released && version?.PreRelease is not null)
        {
            errors.Add(new("6.1.20", TrackingPath + ".version", $"The document status is {status} but the document version {versionText} has the pre-release part -{version.PreRelease}."));
        }

        MissingItems(byDate, errors);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var revision in revisions.Where(r => r.Number is not null))
        {
            if (!numbers.Add(revision.Number!))
            {
                errors.Add(new("6.1.22", revision.Path + ".number", $"The revision history holds version {revision.Number} more than once."));
            }
        }

        MixedVersioning(revisions, version, errors);
    }

    private static DateTimeOffset? Date(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : null;

    private static void SortedHistory(List<Revision> byDate, List<CsafValidationError> errors)
    {
        for (var i = 1; i < byDate.Count; i++)
        {
            if (CsafVersionNumber.Compare(byDate[i].Version!, byDate[i - 1].Version!) < 0)
            {
                errors.Add(new("6.1.14", byDate[i].Path + ".number", $"Sorted by date, version {byDate[i].Number} follows the higher version {byDate[i - 1].Number}: the revision history numbers are not ascending."));
            }
        }
    }

    private static void LatestVersion(List<Revision> byDate, string? versionText, CsafVersionNumber? version, string? status, List<CsafValidationError> errors)
    {
        if (byDate.Count == 0 || versionText is null)
        {
            return;
        }

        var last = byDate[^1];
        var draft = string.Equals(status, "draft", StringComparison.Ordinal);
        var same = version is not null ? version.SameAs(last.Version!, ignorePreRelease: draft) : string.Equals(versionText, last.Number, StringComparison.Ordinal);
        if (!same)
        {
            errors.Add(new("6.1.16", TrackingPath + ".version", $"The document version is {versionText} but the newest item of the revision history has number {last.Number}."));
        }
    }

    private static void MissingItems(List<Revision> byDate, List<CsafValidationError> errors)
    {
        if (byDate.Count == 0)
        {
            return;
        }

        // Integer versions count as they are; semantic versions by their major version only.
        var first = byDate[0];
        if (first.Version!.Major > 1)
        {
            errors.Add(new("6.1.21", first.Path + ".number", $"The oldest item of the revision history has version {first.Number}; it must be {(first.Version.IsInteger ? "0 or 1" : "of major version 0 or 1")}."));
        }

        var majors = byDate.Select(r => r.Version!.Major).ToHashSet();
        var high = majors.Max();
        var reported = 0;

        // A bound on the reports keeps an absurd version number from flooding the result.
        for (var n = majors.Min(); n <= high && reported < 20; n++)
        {
            if (!majors.Contains(n))
            {
                errors.Add(new("6.1.21", HistoryPath, string.Create(CultureInfo.InvariantCulture, $"The revision history has no item for {(first.Version.IsInteger ? "version" : "major version")} {n}.")));
                reported++;
            }
        }
    }

    private static void MixedVersioning(List<Revision> revisions, CsafVersionNumber? version, List<CsafValidationError> errors)
    {
        var all = revisions.Where(r => r.Version is not null).Select(r => (r.Version!, r.Path + ".number")).ToList();
        if (version is not null)
        {
            all.Add((version, TrackingPath + ".version"));
        }

        if (all.Count == 0 || all.All(v => v.Item1.IsInteger) || all.All(v => !v.Item1.IsInteger))
        {
            return;
        }

        var integer = all[0].Item1.IsInteger;
        foreach (var (v, path) in all.Where(v => v.Item1.IsInteger != integer))
        {
            errors.Add(new("6.1.30", path, $"Version {v.Text} uses {(v.IsInteger ? "integer" : "semantic")} versioning while the document started with {(integer ? "integer" : "semantic")} versioning; one scheme must be used throughout."));
        }
    }
}
