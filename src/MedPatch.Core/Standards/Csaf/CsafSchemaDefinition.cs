namespace MedPatch.Core.Standards.Csaf;

/// <summary>The tree of schema checks for a CSAF 2.0 document, following the schema's $defs and properties.</summary>
internal static class CsafSchemaDefinition
{
    public static ObjectNode Build()
    {
        var productId = Text();
        var products = new ArrayNode { Items = productId, UniqueItems = true };
        var groups = new ArrayNode { Items = Text(), UniqueItems = true };
        var fullProductName = FullProductName(productId);

        var document = new ObjectNode(
            ("acknowledgments", Acknowledgments()),
            ("aggregate_severity", new ObjectNode(("namespace", Uri()), ("text", Text())) { Required = ["text"] }),
            ("category", new StringNode { MinLength = 1, Pattern = CsafPatterns.DocumentCategory, PatternMeaning = "a document category: it must not start or end with white space, \"-\", \"_\" or \".\"" }),
            ("csaf_version", Enum(["2.0"])),
            ("distribution", new ObjectNode(
                ("text", Text()),
                ("tlp", new ObjectNode(("label", Enum<CsafTlpLabel>()), ("url", Uri())) { Required = ["label"] }))
            {
                MinProperties = 1,
                CountMeaning = "must have text or tlp",
            }),
            ("lang", Lang()),
            ("notes", Notes()),
            ("publisher", new ObjectNode(
                ("category", Enum<CsafPublisherCategory>()),
                ("contact_details", Text()),
                ("issuing_authority", Text()),
                ("name", Text()),
                ("namespace", Uri()))
            {
                Required = ["category", "name", "namespace"],
            }),
            ("references", References()),
            ("source_lang", Lang()),
            ("title", Text()),
            ("tracking", Tracking()))
        {
            Required = ["category", "csaf_version", "publisher", "title", "tracking"],
        };

        var branches = new ArrayNode();
        branches.Items = new ObjectNode(
            ("branches", branches),
            ("category", Enum<CsafBranchCategory>()),
            ("name", Text()),
            ("product", fullProductName))
        {
            Required = ["category", "name"],
            MinProperties = 3,
            MaxProperties = 3,
            CountMeaning = "a branch must have category, name and either product or branches",
        };

        var productTree = new ObjectNode(
            ("branches", branches),
            ("full_product_names", new ArrayNode { Items = fullProductName }),
            ("product_groups", new ArrayNode
            {
                Items = new ObjectNode(
                    ("group_id", Text()),
                    ("product_ids", new ArrayNode { Items = productId, MinItems = 2, UniqueItems = true }),
                    ("summary", Text()))
                {
                    Required = ["group_id", "product_ids"],
                },
            }),
            ("relationships", new ArrayNode
            {
                Items = new ObjectNode(
                    ("category", Enum<CsafRelationshipCategory>()),
                    ("full_product_name", fullProductName),
                    ("product_reference", productId),
                    ("relates_to_product_reference", productId))
                {
                    Required = ["category", "full_product_name", "product_reference", "relates_to_product_reference"],
                },
            }))
        {
            MinProperties = 1,
            CountMeaning = "must have branches, full_product_names, product_groups or relationships",
        };

        return new ObjectNode(
            ("document", document),
            ("product_tree", productTree),
            ("vulnerabilities", new ArrayNode { Items = Vulnerability(products, groups) }))
        {
            Required = ["document"],
        };
    }

    private static ObjectNode Tracking()
    {
        var version = new StringNode { Pattern = CsafPatterns.Version, PatternMeaning = "a version: an integer such as \"2\" or a semantic version such as \"1.0.0\"" };
        return new ObjectNode(
            ("aliases", new ArrayNode { Items = Text(), UniqueItems = true }),
            ("current_release_date", DateTime()),
            ("generator", new ObjectNode(
                ("date", DateTime()),
                ("engine", new ObjectNode(("name", Text()), ("version", Text())) { Required = ["name"] }))
            {
                Required = ["engine"],
            }),
            ("id", new StringNode { MinLength = 1, Pattern = CsafPatterns.TrackingId, PatternMeaning = "a tracking id: it must not start or end with white space" }),
            ("initial_release_date", DateTime()),
            ("revision_history", new ArrayNode
            {
                Items = new ObjectNode(
                    ("date", DateTime()),
                    ("legacy_version", Text()),
                    ("number", version),
                    ("summary", Text()))
                {
                    Required = ["date", "number", "summary"],
                },
            }),
            ("status", Enum<CsafTrackingStatus>()),
            ("version", version))
        {
            Required = ["current_release_date", "id", "initial_release_date", "revision_history", "status", "version"],
        };
    }

    private static ObjectNode FullProductName(StringNode productId)
    {
        var helper = new ObjectNode(
            ("cpe", new StringNode { MinLength = 5, Pattern = CsafPatterns.Cpe, PatternMeaning = "a CPE 2.3 formatted string or CPE 2.2 URI" }),
            ("hashes", new ArrayNode
            {
                Items = new ObjectNode(
                    ("file_hashes", new ArrayNode
                    {
                        Items = new ObjectNode(
                            ("algorithm", Text()),
                            ("value", new StringNode { MinLength = 32, Pattern = CsafPatterns.HashValue, PatternMeaning = "a hash value of at least 32 hexadecimal digits" }))
                        {
                            Required = ["algorithm", "value"],
                        },
                    }),
                    ("filename", Text()))
                {
                    Required = ["file_hashes", "filename"],
                },
            }),
            ("model_numbers", new ArrayNode { Items = Text(), UniqueItems = true }),
            ("purl", new StringNode { MinLength = 7, Format = StringFormat.Uri, Pattern = CsafPatterns.Purl, PatternMeaning = "a package URL (pkg:type/name…)" }),
            ("sbom_urls", new ArrayNode { Items = Uri() }),
            ("serial_numbers", new ArrayNode { Items = Text(), UniqueItems = true }),
            ("skus", new ArrayNode { Items = Text() }),
            ("x_generic_uris", new ArrayNode
            {
                Items = new ObjectNode(("namespace", Uri()), ("uri", Uri())) { Required = ["namespace", "uri"] },
            }))
        {
            MinProperties = 1,
            CountMeaning = "a product identification helper must have at least one identifier",
        };

        return new ObjectNode(("name", Text()), ("product_id", productId), ("product_identification_helper", helper))
        {
            Required = ["name", "product_id"],
        };
    }

    private static ObjectNode Vulnerability(ArrayNode products, ArrayNode groups)
    {
        var productStatus = new ObjectNode(
            ("first_affected", products),
            ("first_fixed", products),
            ("fixed", products),
            ("known_affected", products),
            ("known_not_affected", products),
            ("last_affected", products),
            ("recommended", products),
            ("under_investigation", products))
        {
            MinProperties = 1,
            CountMeaning = "product_status must list products under at least one status",
        };

        return new ObjectNode(
            ("acknowledgments", Acknowledgments()),
            ("cve", new StringNode { Pattern = CsafPatterns.Cve, PatternMeaning = "a CVE id such as CVE-2024-12345" }),
            ("cwe", new ObjectNode(
                ("id", new StringNode { Pattern = CsafPatterns.Cwe, PatternMeaning = "a CWE id such as CWE-79" }),
                ("name", Text()))
            {
                Required = ["id", "name"],
            }),
            ("discovery_date", DateTime()),
            ("flags", new ArrayNode
            {
                UniqueItems = true,
                Items = new ObjectNode(("date", DateTime()), ("group_ids", groups), ("label", Enum<CsafFlagLabel>()), ("product_ids", products))
                {
                    Required = ["label"],
                },
            }),
            ("ids", new ArrayNode
            {
                UniqueItems = true,
                Items = new ObjectNode(("system_name", Text()), ("text", Text())) { Required = ["system_name", "text"] },
            }),
            ("involvements", new ArrayNode
            {
                UniqueItems = true,
                Items = new ObjectNode(
                    ("date", DateTime()),
                    ("party", Enum<CsafInvolvementParty>()),
                    ("status", Enum<CsafInvolvementStatus>()),
                    ("summary", Text()))
                {
                    Required = ["party", "status"],
                },
            }),
            ("notes", Notes()),
            ("product_status", productStatus),
            ("references", References()),
            ("release_date", DateTime()),
            ("remediations", new ArrayNode
            {
                Items = new ObjectNode(
                    ("category", Enum<CsafRemediationCategory>()),
                    ("date", DateTime()),
                    ("details", Text()),
                    ("entitlements", new ArrayNode { Items = Text() }),
                    ("group_ids", groups),
                    ("product_ids", products),
                    ("restart_required", new ObjectNode(("category", Enum<CsafRestartCategory>()), ("details", Text())) { Required = ["category"] }),
                    ("url", Uri()))
                {
                    Required = ["category", "details"],
                },
            }),
            ("scores", new ArrayNode
            {
                Items = new ObjectNode(
                    ("cvss_v2", CvssSchemas.V2()),
                    ("cvss_v3", new OneOfNode(("the CVSS v3.0 schema", CvssSchemas.V3("3.0")), ("the CVSS v3.1 schema", CvssSchemas.V3("3.1")))),
                    ("products", products))
                {
                    Required = ["products"],
                    MinProperties = 2,
                    CountMeaning = "a score must have products and cvss_v2 or cvss_v3",
                },
            }),
            ("threats", new ArrayNode
            {
                Items = new ObjectNode(
                    ("category", Enum<CsafThreatCategory>()),
                    ("date", DateTime()),
                    ("details", Text()),
                    ("group_ids", groups),
                    ("product_ids", products))
                {
                    Required = ["category", "details"],
                },
            }),
            ("title", Text()))
        {
            MinProperties = 1,
            CountMeaning = "a vulnerability must not be empty",
        };
    }

    private static ArrayNode Acknowledgments()
    {
        return new ArrayNode
        {
            Items = new ObjectNode(
                ("names", new ArrayNode { Items = Text() }),
                ("organization", Text()),
                ("summary", Text()),
                ("urls", new ArrayNode { Items = Uri() }))
            {
                MinProperties = 1,
                CountMeaning = "an acknowledgment must not be empty",
            },
        };
    }

    private static ArrayNode Notes()
    {
        return new ArrayNode
        {
            Items = new ObjectNode(("audience", Text()), ("category", Enum<CsafNoteCategory>()), ("text", Text()), ("title", Text()))
            {
                Required = ["category", "text"],
            },
        };
    }

    private static ArrayNode References()
    {
        return new ArrayNode
        {
            Items = new ObjectNode(("category", Enum<CsafReferenceCategory>()), ("summary", Text()), ("url", Uri()))
            {
                Required = ["summary", "url"],
            },
        };
    }

    private static StringNode Lang() => new() { Pattern = CsafPatterns.Lang, PatternMeaning = "a language tag (BCP 47) such as en or de-DE" };

    internal static StringNode Text() => new() { MinLength = 1 };

    private static StringNode DateTime() => new() { Format = StringFormat.DateTime };

    private static StringNode Uri() => new() { Format = StringFormat.Uri };

    internal static StringNode Enum(IReadOnlyList<string> values) => new() { Enum = values };

    private static StringNode Enum<T>()
        where T : struct, System.Enum
    {
        return new StringNode { Enum = CsafEnumNames.Values<T>() };
    }
}
