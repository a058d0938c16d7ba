using System.Globalization;
using System.Text.Json;

namespace MedPatch.Features.Intelligence.Api;

/// <summary>
/// What the pages show from a stored document that has no table of its own: notes, the revision history with its
/// summaries, and references. Read from the original bytes of the current revision; a document that cannot be
/// read gives empty lists rather than a failed page.
/// </summary>
public sealed record AdvisoryDocumentFacts(
    IReadOnlyList<AdvisoryNote> Notes,
    IReadOnlyList<RevisionHistoryEntry> History,
    IReadOnlyList<ReferenceLink> References)
{
    public static AdvisoryDocumentFacts Empty { get; } = new([], [], []);

    public static AdvisoryDocumentFacts Read(byte[]? content)
    {
        if (content is null || content.Length == 0)
        {
            return Empty;
        }

        try
        {
            using var json = JsonDocument.Parse(content);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            // CSAF 2.0 section 3.2.1: everything about the document itself lives under "document".
            if (root.TryGetProperty("document", out var document) && document.ValueKind == JsonValueKind.Object)
            {
                return new AdvisoryDocumentFacts(ReadNotes(document), ReadHistory(document), ReadReferences(document, "references", "summary", "category"));
            }

            // CVE JSON 5: the CNA container carries the references.
            if (root.TryGetProperty("containers", out var containers) && containers.ValueKind == JsonValueKind.Object &&
                containers.TryGetProperty("cna", out var cna) && cna.ValueKind == JsonValueKind.Object)
            {
                return new AdvisoryDocumentFacts([], [], ReadReferences(cna, "references", "name", "tags"));
            }

            return Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    private static List<AdvisoryNote> ReadNotes(JsonElement document)
    {
        var notes = new List<AdvisoryNote>();
        foreach (var note in Array(document, "notes"))
        {
            if (Text(note, "text") is { } text)
            {
                notes.Add(new AdvisoryNote(Text(note, "category"), Text(note, "title"), text));
            }
        }

        return notes;
    }

    private static List<RevisionHistoryEntry> ReadHistory(JsonElement document)
    {
        var history = new List<RevisionHistoryEntry>();
        if (!document.TryGetProperty("tracking", out var tracking) || tracking.ValueKind != JsonValueKind.Object)
        {
            return history;
        }

        foreach (var entry in Array(tracking, "revision_history"))
        {
            if (Text(entry, "number") is { } number)
            {
                history.Add(new RevisionHistoryEntry(number, Date(Text(entry, "date")), Text(entry, "summary")));
            }
        }

        return history;
    }

    private static List<ReferenceLink> ReadReferences(JsonElement owner, string property, string nameProperty, string tagsProperty)
    {
        var links = new List<ReferenceLink>();
        foreach (var reference in Array(owner, property))
        {
            if (Text(reference, "url") is not { } url)
            {
                continue;
            }

            List<string> tags = [];
            if (reference.TryGetProperty(tagsProperty, out var tag))
            {
                if (tag.ValueKind == JsonValueKind.String)
                {
                    tags.Add(tag.GetString()!);
                }
                else if (tag.ValueKind == JsonValueKind.Array)
                {
                    tags.AddRange(tag.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));
                }
            }

            links.Add(new ReferenceLink(url, Text(reference, nameProperty), tags));
        }

        return links;
    }

    private static IEnumerable<JsonElement> Array(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    private static string? Text(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static DateTime? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.UtcDateTime : null;
}
