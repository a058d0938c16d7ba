using System.Text.Json;
using System.Text.RegularExpressions;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>Components, licenses, hashes, SWID tags, pedigree and external references.</summary>
internal sealed partial class CycloneDxValidator
{
    private void Component(JsonElement component, string path)
    {
        if (!Object(component, path, CycloneDxVocabulary.ComponentMembers(Minor), "type", "name"))
        {
            return;
        }

        Enum(component, "type", path, CycloneDxVocabulary.ComponentTypes(Minor));
        Pattern(component, "mime-type", path, MimeTypeRule(), "a media type such as application/octet-stream");
        BomRef(component, path);
        Organization(component, "supplier", path);
        Organization(component, "manufacturer", path);
        Array(component, "authors", path, Contact);
        String(component, "author", path);
        String(component, "publisher", path);
        String(component, "group", path);
        String(component, "name", path);
        String(component, "version", path);
        String(component, "versionRange", path, minLength: 1);
        Boolean(component, "isExternal", path);
        String(component, "description", path);
        Enum(component, "scope", path, CycloneDxVocabulary.Scopes);
        Array(component, "hashes", path, Hash);
        Licenses(component, path);
        String(component, "copyright", path);
        String(component, "cpe", path);
        String(component, "purl", path);
        StringArray(component, "omniborId", path);
        StringArray(component, "swhid", path);
        if (Has(component, "swid", out var swid))
        {
            Swid(swid, JsonPaths.Member(path, "swid"));
        }

        Boolean(component, "modified", path);
        if (Has(component, "pedigree", out var pedigree))
        {
            Pedigree(pedigree, JsonPaths.Member(path, "pedigree"));
        }

        Array(component, "externalReferences", path, ExternalReference);
        Array(component, "components", path, Component, unique: true);
        ObjectMember(component, "evidence", path);
        ObjectMember(component, "releaseNotes", path);
        ObjectMember(component, "modelCard", path);
        ArrayMember(component, "data", path);
        ObjectMember(component, "cryptoProperties", path);
        Array(component, "properties", path, Property);
        StringArray(component, "tags", path);
        ObjectMember(component, "signature", path);
        ArrayMember(component, "patentAssertions", path);

        if (Minor >= 7)
        {
            // A version range describes an external component that is not part of the product; it replaces the version.
            if (Has(component, "version", out _) && Has(component, "versionRange", out _))
            {
                Error(path, "'version' and 'versionRange' must not both be present");
            }

            if (Has(component, "versionRange", out _) && !(Has(component, "isExternal", out var external) && external.ValueKind == JsonValueKind.True))
            {
                Error(JsonPaths.Member(path, "versionRange"), "only allowed on an external component ('isExternal': true)");
            }
        }
    }

    private void Hash(JsonElement hash, string path)
    {
        if (!Object(hash, path, CycloneDxVocabulary.HashMembers, "alg", "content"))
        {
            return;
        }

        Enum(hash, "alg", path, CycloneDxVocabulary.HashAlgorithms(Minor));
        var content = String(hash, "content", path);
        if (content is null)
        {
            return;
        }

        if (!HashContentRule().IsMatch(content))
        {
            Error(JsonPaths.Member(path, "content"), $"'{Shorten(content)}' is not a hex hash value of 32, 40, 64, 96 or 128 digits");
        }
        else if (hash.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String
            && CycloneDxVocabulary.HashLength(alg.GetString()!) is { } length && content.Length != length)
        {
            Error(JsonPaths.Member(path, "content"), $"{alg.GetString()} values have {length} hex digits, this one has {content.Length}");
        }
    }

    /// <summary>
    /// Up to 1.6 a license choice is either any number of named/SPDX licenses or exactly one SPDX expression, never
    /// both; 1.7 lets every entry be either kind.
    /// </summary>
    private void Licenses(JsonElement owner, string path)
    {
        if (!Has(owner, "licenses", out var licenses))
        {
            return;
        }

        var at = JsonPaths.Member(path, "licenses");
        if (licenses.ValueKind != JsonValueKind.Array)
        {
            Error(at, "expected an array but found " + Kind(licenses));
            return;
        }

        var entries = licenses.EnumerateArray().ToList();
        var expressions = entries.Count(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("expression", out _));
        if (Minor <= 6 && expressions > 0 && entries.Count > 1)
        {
            Error(at, "a license choice is either a list of licenses or exactly one SPDX license expression, not both or several expressions");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var entryPath = JsonPaths.Item(at, i);
            if (entry.ValueKind != JsonValueKind.Object)
            {
                Error(entryPath, "expected an object but found " + Kind(entry));
            }
            else if (entry.TryGetProperty("expression", out _))
            {
                Expression(entry, entryPath);
            }
            else if (Object(entry, entryPath, CycloneDxVocabulary.LicenseEntryMembers, "license") && entry.TryGetProperty("license", out var license))
            {
                License(license, JsonPaths.Member(entryPath, "license"));
            }
        }
    }

    private void Expression(JsonElement entry, string path)
    {
        if (!Object(entry, path, CycloneDxVocabulary.ExpressionMembers(Minor), "expression"))
        {
            return;
        }

        String(entry, "expression", path);
        BomRef(entry, path);
        Enum(entry, "acknowledgement", path, CycloneDxVocabulary.Acknowledgements);
        Array(entry, "expressionDetails", path, (detail, at) =>
        {
            if (Object(detail, at, CycloneDxVocabulary.ExpressionDetailMembers, "licenseIdentifier"))
            {
                String(detail, "licenseIdentifier", at);
                BomRef(detail, at);
                Attachment(detail, "text", at);
                String(detail, "url", at);
            }
        });
        ObjectMember(entry, "licensing", path);
        Array(entry, "properties", path, Property);
    }

    private void License(JsonElement license, string path)
    {
        if (!Object(license, path, CycloneDxVocabulary.LicenseMembers(Minor)))
        {
            return;
        }

        var hasId = Has(license, "id", out _);
        var hasName = Has(license, "name", out _);
        if (hasId == hasName)
        {
            Error(path, hasId ? "a license has either an SPDX 'id' or a 'name', not both" : "a license needs an SPDX 'id' or a 'name'");
        }

        if (String(license, "id", path) is { } id)
        {
            if (licenses is not null ? !licenses.Contains(id) : !SpdxIdRule().IsMatch(id))
            {
                Error(JsonPaths.Member(path, "id"), $"'{Shorten(id)}' is not an SPDX license id; use 'name' for other licenses");
            }
        }

        String(license, "name", path);
        BomRef(license, path);
        Enum(license, "acknowledgement", path, CycloneDxVocabulary.Acknowledgements);
        Attachment(license, "text", path);
        String(license, "url", path);
        ObjectMember(license, "licensing", path);
        Array(license, "properties", path, Property);
    }

    private void Swid(JsonElement swid, string path)
    {
        if (!Object(swid, path, CycloneDxVocabulary.SwidMembers, "tagId", "name"))
        {
            return;
        }

        String(swid, "tagId", path);
        String(swid, "name", path);
        String(swid, "version", path);
        Integer(swid, "tagVersion", path, long.MinValue);
        Boolean(swid, "patch", path);
        Attachment(swid, "text", path);
        String(swid, "url", path);
    }

    private void Pedigree(JsonElement pedigree, string path)
    {
        if (!Object(pedigree, path, CycloneDxVocabulary.PedigreeMembers))
        {
            return;
        }

        Array(pedigree, "ancestors", path, Component);
        Array(pedigree, "descendants", path, Component);
        Array(pedigree, "variants", path, Component);
        Array(pedigree, "commits", path, Commit);
        Array(pedigree, "patches", path, Patch);
        String(pedigree, "notes", path);
    }

    private void Commit(JsonElement commit, string path)
    {
        if (!Object(commit, path, CycloneDxVocabulary.CommitMembers))
        {
            return;
        }

        String(commit, "uid", path);
        String(commit, "url", path);
        String(commit, "message", path);
        foreach (var who in new[] { "author", "committer" })
        {
            if (Has(commit, who, out var action) && Object(action, JsonPaths.Member(path, who), CycloneDxVocabulary.ActionMembers))
            {
                DateTime(action, "timestamp", JsonPaths.Member(path, who));
                String(action, "name", JsonPaths.Member(path, who));
                String(action, "email", JsonPaths.Member(path, who));
            }
        }
    }

    private void Patch(JsonElement patch, string path)
    {
        if (!Object(patch, path, CycloneDxVocabulary.PatchMembers, "type"))
        {
            return;
        }

        Enum(patch, "type", path, CycloneDxVocabulary.PatchTypes);
        if (Has(patch, "diff", out var diff) && Object(diff, JsonPaths.Member(path, "diff"), CycloneDxVocabulary.DiffMembers))
        {
            Attachment(diff, "text", JsonPaths.Member(path, "diff"));
            String(diff, "url", JsonPaths.Member(path, "diff"));
        }

        Array(patch, "resolves", path, Issue);
    }

    private void Issue(JsonElement issue, string path)
    {
        if (!Object(issue, path, CycloneDxVocabulary.IssueMembers, "type"))
        {
            return;
        }

        Enum(issue, "type", path, CycloneDxVocabulary.IssueTypes);
        String(issue, "id", path);
        String(issue, "name", path);
        String(issue, "description", path);
        Source(issue, path);
        StringArray(issue, "references", path);
    }

    private void Source(JsonElement owner, string path)
    {
        if (Has(owner, "source", out var source) && Object(source, JsonPaths.Member(path, "source"), CycloneDxVocabulary.SourceMembers))
        {
            String(source, "name", JsonPaths.Member(path, "source"));
            String(source, "url", JsonPaths.Member(path, "source"));
        }
    }

    private void ExternalReference(JsonElement reference, string path)
    {
        if (!Object(reference, path, CycloneDxVocabulary.ExternalReferenceMembers(Minor), "url", "type"))
        {
            return;
        }

        String(reference, "url", path);
        String(reference, "comment", path);
        Enum(reference, "type", path, CycloneDxVocabulary.ExternalReferenceTypes(Minor));
        Array(reference, "hashes", path, Hash);
        Array(reference, "properties", path, Property);
    }

    [GeneratedRegex("^[-+a-z0-9.]+/[-+a-z0-9.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MimeTypeRule();

    [GeneratedRegex("^([a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128})$", RegexOptions.CultureInvariant)]
    private static partial Regex HashContentRule();

    /// <summary>SPDX idstring: letters, digits, '-' and '.', optionally a LicenseRef-/DocumentRef- form.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SpdxIdRule();
}
