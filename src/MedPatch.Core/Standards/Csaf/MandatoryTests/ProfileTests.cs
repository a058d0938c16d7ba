using System.Text.Json;

namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>CSAF 2.0 tests 6.1.27.1 to 6.1.27.11: what the profiles (by /document/category) require or forbid.</summary>
internal static class ProfileTests
{
    private const string InformationalAdvisory = "csaf_informational_advisory";
    private const string IncidentResponse = "csaf_security_incident_response";
    private const string SecurityAdvisory = "csaf_security_advisory";
    private const string Vex = "csaf_vex";

    private static readonly HashSet<string> DescriptiveNoteCategories = new(StringComparer.Ordinal) { "description", "details", "general", "summary" };

    public static void Run(JsonElement document, CsafProductIndex index, List<CsafValidationError> errors)
    {
        var meta = CsafJson.Object(document, "document");
        var category = meta is { } m ? CsafJson.String(m, "category") : null;
        if (category is InformationalAdvisory or IncidentResponse)
        {
            DocumentNotes(meta!.Value, category, errors);
            DocumentReferences(meta!.Value, category, errors);
        }

        if (category == InformationalAdvisory && CsafJson.Has(document, "vulnerabilities"))
        {
            errors.Add(new("6.1.27.3", "$.vulnerabilities", "An informational advisory must not contain /vulnerabilities (use csaf_base or csaf_security_advisory instead)."));
        }

        if (category is not (SecurityAdvisory or Vex))
        {
            return;
        }

        if (!CsafJson.Has(document, "product_tree"))
        {
            errors.Add(new("6.1.27.4", "$.product_tree", $"A document of category {category} must contain /product_tree."));
        }

        if (!CsafJson.Has(document, "vulnerabilities"))
        {
            errors.Add(new("6.1.27.11", "$.vulnerabilities", $"A document of category {category} must contain /vulnerabilities."));
        }

        foreach (var (vulnerability, path) in CsafJson.Vulnerabilities(document))
        {
            if (!CsafJson.Has(vulnerability, "notes"))
            {
                errors.Add(new("6.1.27.5", path + ".notes", $"Each vulnerability of a document of category {category} must have notes."));
            }

            if (category == SecurityAdvisory && !CsafJson.Has(vulnerability, "product_status"))
            {
                errors.Add(new("6.1.27.6", path + ".product_status", "Each vulnerability of a security advisory must have a product_status."));
            }

            if (category == Vex)
            {
                VexVulnerability(vulnerability, path, index, errors);
            }
        }
    }

    private static void DocumentNotes(JsonElement meta, string category, List<CsafValidationError> errors)
    {
        var found = CsafJson.Items(meta, "notes", "$.document")
            .Any(n => CsafJson.String(n.Item, "category") is { } c && DescriptiveNoteCategories.Contains(c));
        if (!found)
        {
            errors.Add(new("6.1.27.1", "$.document.notes", $"A document of category {category} needs a document note of category description, details, general or summary."));
        }
    }

    private static void DocumentReferences(JsonElement meta, string category, List<CsafValidationError> errors)
    {
        // The schema's default category of a reference is "external".
        var found = CsafJson.Items(meta, "references", "$.document")
            .Any(r => r.Item.ValueKind == JsonValueKind.Object && (CsafJson.String(r.Item, "category") ?? "external") == "external");
        if (!found)
        {
            errors.Add(new("6.1.27.2", "$.document.references", $"A document of category {category} needs a document reference of category external."));
        }
    }

    private static void VexVulnerability(JsonElement vulnerability, string path, CsafProductIndex index, List<CsafValidationError> errors)
    {
        var status = CsafJson.Object(vulnerability, "product_status");
        if (status is null || !new[] { "fixed", "known_affected", "known_not_affected", "under_investigation" }.Any(s => CsafJson.Has(status.Value, s)))
        {
            errors.Add(new("6.1.27.7", path + ".product_status", "A VEX vulnerability needs at least one of fixed, known_affected, known_not_affected or under_investigation in its product_status."));
        }

        if (!CsafJson.Has(vulnerability, "cve") && !CsafJson.Has(vulnerability, "ids"))
        {
            errors.Add(new("6.1.27.8", path, "A VEX vulnerability needs a cve or ids."));
        }

        if (status is null)
        {
            return;
        }

        var impact = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (flag, flagPath) in CsafJson.Items(vulnerability, "flags", path))
        {
            impact.UnionWith(index.ProductsOf(flag, flagPath));
        }

        foreach (var (threat, threatPath) in CsafJson.Items(vulnerability, "threats", path))
        {
            if (CsafJson.String(threat, "category") == "impact")
            {
                impact.UnionWith(index.ProductsOf(threat, threatPath));
            }
        }

        foreach (var (id, idPath) in CsafJson.Strings(status.Value, "known_not_affected", path + ".product_status"))
        {
            if (!impact.Contains(id))
            {
                errors.Add(new("6.1.27.9", idPath, $"Product ID '{id}' is known not affected but no flag or impact threat gives an impact statement for it."));
            }
        }

        var actions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (remediation, remediationPath) in CsafJson.Items(vulnerability, "remediations", path))
        {
            actions.UnionWith(index.ProductsOf(remediation, remediationPath));
        }

        foreach (var (id, idPath) in CsafJson.Strings(status.Value, "known_affected", path + ".product_status"))
        {
            if (!actions.Contains(id))
            {
                errors.Add(new("6.1.27.10", idPath, $"Product ID '{id}' is known affected but no remediation gives an action statement for it."));
            }
        }
    }
}
