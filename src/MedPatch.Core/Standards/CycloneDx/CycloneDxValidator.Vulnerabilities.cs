using System.Text.Json;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Standards.CycloneDx;

/// <summary>Vulnerabilities and their VEX analysis.</summary>
internal sealed partial class CycloneDxValidator
{
    private void Vulnerability(JsonElement vulnerability, string path)
    {
        if (!Object(vulnerability, path, CycloneDxVocabulary.VulnerabilityMembers(Minor)))
        {
            return;
        }

        BomRef(vulnerability, path);
        String(vulnerability, "id", path);
        Source(vulnerability, path);
        Array(vulnerability, "references", path, (reference, at) =>
        {
            if (Object(reference, at, CycloneDxVocabulary.ReferenceMembers, "id", "source"))
            {
                String(reference, "id", at);
                Source(reference, at);
            }
        });
        Array(vulnerability, "ratings", path, Rating);
        Array(vulnerability, "cwes", path, (cwe, at) => Integer(cwe, at, 1));
        String(vulnerability, "description", path);
        String(vulnerability, "detail", path);
        String(vulnerability, "recommendation", path);
        String(vulnerability, "workaround", path);
        ObjectMember(vulnerability, "proofOfConcept", path);
        Array(vulnerability, "advisories", path, (advisory, at) =>
        {
            if (Object(advisory, at, CycloneDxVocabulary.AdvisoryMembers, "url"))
            {
                String(advisory, "title", at);
                String(advisory, "url", at);
            }
        });
        DateTime(vulnerability, "created", path);
        DateTime(vulnerability, "published", path);
        DateTime(vulnerability, "updated", path);
        DateTime(vulnerability, "rejected", path);
        if (Has(vulnerability, "credits", out var credits) && Object(credits, JsonPaths.Member(path, "credits"), CycloneDxVocabulary.CreditsMembers))
        {
            Array(credits, "organizations", JsonPaths.Member(path, "credits"), Organization);
            Array(credits, "individuals", JsonPaths.Member(path, "credits"), Contact);
        }

        if (Has(vulnerability, "tools", out var tools))
        {
            Tools(tools, JsonPaths.Member(path, "tools"));
        }

        if (Has(vulnerability, "analysis", out var analysis))
        {
            Analysis(analysis, JsonPaths.Member(path, "analysis"));
        }

        Array(vulnerability, "affects", path, Affects, unique: true);
        Array(vulnerability, "properties", path, Property);
    }

    private void Rating(JsonElement rating, string path)
    {
        if (!Object(rating, path, CycloneDxVocabulary.RatingMembers))
        {
            return;
        }

        Source(rating, path);
        Number(rating, "score", path);
        Enum(rating, "severity", path, CycloneDxVocabulary.Severities);
        Enum(rating, "method", path, CycloneDxVocabulary.ScoreMethods(Minor));
        String(rating, "vector", path);
        String(rating, "justification", path);
    }

    private void Analysis(JsonElement analysis, string path)
    {
        if (!Object(analysis, path, CycloneDxVocabulary.AnalysisMembers(Minor)))
        {
            return;
        }

        Enum(analysis, "state", path, CycloneDxVocabulary.AnalysisStates);
        Enum(analysis, "justification", path, CycloneDxVocabulary.Justifications);
        Array(analysis, "response", path, (response, at) =>
        {
            if (response.ValueKind != JsonValueKind.String)
            {
                Error(at, "expected a string but found " + Kind(response));
            }
            else if (!CycloneDxVocabulary.Responses.Contains(response.GetString()!))
            {
                Error(at, $"'{response.GetString()}' is not one of: {string.Join(", ", CycloneDxVocabulary.Responses.Order(StringComparer.Ordinal))}");
            }
        });
        String(analysis, "detail", path);
        DateTime(analysis, "firstIssued", path);
        DateTime(analysis, "lastUpdated", path);
    }

    private void Affects(JsonElement affects, string path)
    {
        if (!Object(affects, path, CycloneDxVocabulary.AffectsMembers, "ref"))
        {
            return;
        }

        String(affects, "ref", path, minLength: 1);
        Array(affects, "versions", path, (version, at) =>
        {
            if (!Object(version, at, CycloneDxVocabulary.AffectedVersionMembers))
            {
                return;
            }

            if (Has(version, "version", out _) == Has(version, "range", out _))
            {
                Error(at, "an affected version has either 'version' or 'range', exactly one of them");
            }

            String(version, "version", at);
            String(version, "range", at, minLength: Minor >= 6 ? 1 : 0);
            Enum(version, "status", at, CycloneDxVocabulary.AffectedStatuses);
        });
    }
}
