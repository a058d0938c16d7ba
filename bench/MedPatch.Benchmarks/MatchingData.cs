using System.Globalization;
using MedPatch.Core.Intelligence.Normalization;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Matching;

namespace MedPatch.Benchmarks;

/// <summary>
/// The matching benchmark's inputs, generated from a seed so that every process of a run (the engine's children and
/// the SQL loader) builds exactly the same data: manufacturers with aliases, models in families that share words
/// (with lookalike variants such as "… 300" and "… 300 Plus"), devices with versions (some unknown, some
/// unsupported), and advisories whose statements have the shapes real CSAF statements have (see docs/matching.md):
/// vendor names as written (case, legal suffix, alias, a misspelling), products by name, alias, model number, with
/// the brand in front, with a generic word, by family or as a variant; versions as vers ranges, "&lt;=" texts,
/// "3.x", single versions, lists, all versions and unreadable prose; affected, fixed, not-affected and
/// under-investigation statuses.
/// </summary>
public sealed class MatchingData
{
    private static readonly string[] MakerHeads = ["Med", "Vita", "Cardi", "Neo", "Bio", "Ortho", "Puls", "Sana", "Thera", "Lumi", "Axi", "Cura", "Hema", "Nova", "Omni", "Sono", "Vasc", "Zen", "Aero", "Neuro"];
    private static readonly string[] MakerMiddles = [string.Empty, "o", "a", "i"];
    private static readonly string[] MakerTails = ["tronic", "vance", "lex", "gen", "core", "tek", "medix", "sys", "logic", "care", "line", "wave", "path", "scan", "flow", "cell", "dyn", "form", "vis", "sense"];
    private static readonly string[] MakerKinds = ["Medical", "Healthcare", "Systems", "Diagnostics", "Technologies", "Devices", "Instruments", "Labs"];
    private static readonly string[] LegalForms = [" Inc.", " GmbH", " Ltd.", " AG", " Corporation", string.Empty, ", Inc.", " S.A."];
    private static readonly string[] FamilyHeads = ["Al", "Ar", "Bel", "Cor", "Del", "El", "Fi", "Gal", "Ka", "Lu", "Mar", "Nex", "Ori", "Pre", "Qua", "Ri", "Sig", "Tal", "Ul", "Ver", "Xe", "Zy"];
    private static readonly string[] FamilyTails = ["aris", "vo", "ma", "tis", "on", "ex", "ion", "ara", "ent", "ix", "ora", "ius", "ano", "elle", "ic"];
    private static readonly string[] Kinds =
    [
        "Infusion Pump", "Patient Monitor", "Ventilator", "Syringe Pump", "Defibrillator", "Ultrasound", "Imaging Scanner",
        "Dialysis Machine", "Blood Analyzer", "Glucose Meter", "Insulin Pump", "Anesthesia Delivery", "Cardiac Recorder",
        "Vital Signs Monitor", "Pulse Oximeter", "Fetal Monitor", "Nurse Call", "Medication Cabinet", "Lab Analyzer",
        "Radiography", "Holter Recorder", "Electrosurgical Generator", "ECG Cart", "Infant Warmer",
    ];

    private static readonly string[] Variants = ["Plus", "Pro", "XL", "II", "Mini", "Lite"];
    private static readonly string[] GenericWords = ["System", "Software", "Device", "Series"];
    // Texts no comparator can read. (Prose without a comparator or a dotted number, "see vendor notice", reads as
    // words naming the product, hence all versions: a different shape, left out.)
    private static readonly string[] Prose = ["distributed < april 1, 2018", "A.01 <= C.0x | 4.0", "<= U61 |<= L81", "> 2.x (build 2019-04)"];

    private readonly Dictionary<string, (int Start, int Count, List<(Guid Model, string Vendor, string Product, string? ProductName, IReadOnlyList<string> Numbers, string Latest)> Products)> advisoryRanges = new(StringComparer.Ordinal);

    private MatchingData()
    {
    }

    public required MatchCatalog Catalog { get; init; }

    public required List<MatchDevice> Devices { get; init; }

    public required List<MatchStatement> Statements { get; init; }

    /// <summary>Per statement, in the same order.</summary>
    public required List<MatchingStatementFacts> Facts { get; init; }

    public required List<string> Vulnerabilities { get; init; }

    public required List<string> Advisories { get; init; }

    /// <summary>Each model's released versions, oldest first.</summary>
    public required Dictionary<Guid, string[]> ModelVersions { get; init; }

    public static MatchingData Generate(int deviceCount, int modelCount, int statementCount, int seed)
    {
        var random = new Random(seed);
        Guid NewId()
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        // Manufacturers: 800 for 5,000 models, a unique first word each, one or two aliases.
        var makerCount = Math.Max(1, (int)Math.Round(modelCount * 800.0 / 5000));
        var makers = new List<MatchManufacturer>();
        var makerWords = new List<string>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var usedHeads = new HashSet<string>(StringComparer.Ordinal);
        while (makers.Count < makerCount)
        {
            var head = Pick(MakerHeads) + Pick(MakerMiddles) + Pick(MakerTails);
            if (!usedHeads.Add(head))
            {
                if (usedHeads.Count >= MakerHeads.Length * MakerMiddles.Length * MakerTails.Length)
                {
                    head += usedHeads.Count.ToString(CultureInfo.InvariantCulture);
                    usedHeads.Add(head);
                }
                else
                {
                    continue;
                }
            }

            var kind = Pick(MakerKinds);
            var name = head + " " + kind + Pick(LegalForms);
            usedNames.Add(ManufacturerName.Normalize(name));
            var aliases = new List<string>();
            var former = head + " " + MakerKinds[(Array.IndexOf(MakerKinds, kind) + 1 + random.Next(MakerKinds.Length - 1)) % MakerKinds.Length];
            if (usedNames.Add(ManufacturerName.Normalize(former)))
            {
                aliases.Add(former);
            }

            var acronym = string.Concat(head.AsSpan(0, 2), kind.AsSpan(0, 1)).ToUpperInvariant() + random.Next(10, 99).ToString(CultureInfo.InvariantCulture);
            if (random.Next(2) == 0 && usedNames.Add(ManufacturerName.Normalize(acronym)))
            {
                aliases.Add(acronym);
            }

            makers.Add(new MatchManufacturer(NewId(), name, aliases));
            makerWords.Add(head);
        }

        // Models: every maker has one, the rest go mostly to the big makers; codes are unique within a family, and a
        // fifth of the models are variants ("Plus", "Pro"…) of a code the family already has.
        var families = makers.Select(_ => new List<(string Family, List<string> Kinds, Dictionary<int, string> Codes)>()).ToList();
        var models = new List<MatchModel>();
        var versions = new Dictionary<Guid, string[]>();
        var usedModelNames = new HashSet<string>(StringComparer.Ordinal);
        var serial = 1000;
        while (models.Count < modelCount)
        {
            var makerIndex = models.Count < makerCount ? models.Count : (int)(makerCount * Math.Pow(random.NextDouble(), 2.5));
            var maker = makers[makerIndex];
            var own = families[makerIndex];
            if (own.Count == 0 || (own.Count < 4 && random.Next(6) == 0))
            {
                own.Add((Pick(FamilyHeads) + Pick(FamilyTails), [Pick(Kinds)], []));
            }

            var family = Pick(own);
            if (random.Next(5) == 0)
            {
                family.Kinds.Add(Pick(Kinds));
            }

            string name;
            int code;
            if (family.Codes.Count > 0 && random.Next(5) == 0)
            {
                // A variant keeps its base model's device kind: "Vantis Infusion Pump 300 Plus" beside "… 300".
                code = family.Codes.Keys.ElementAt(random.Next(family.Codes.Count));
                name = $"{family.Family} {family.Codes[code]} {code.ToString(CultureInfo.InvariantCulture)} {Pick(Variants)}";
            }
            else
            {
                code = 100 + (10 * random.Next(90));
                if (family.Codes.ContainsKey(code))
                {
                    continue;
                }

                family.Codes[code] = Pick(family.Kinds);
                name = $"{family.Family} {family.Codes[code]} {code.ToString(CultureInfo.InvariantCulture)}";
            }

            if (!usedModelNames.Add(maker.Id + "|" + Core.Devices.ModelName.Normalize(name)))
            {
                continue;
            }

            var prefix = family.Family[..2].ToUpperInvariant();
            var numbers = Enumerable.Range(0, 1 + random.Next(2))
                .Select(_ => string.Create(CultureInfo.InvariantCulture, $"{prefix}{code}-{serial++:0000}{(char)('A' + random.Next(6))}"))
                .ToList();
            // A tenth of the models have a marketing name without the device kind ("Vantis 300").
            var afterKind = name[(name.IndexOf(" " + code.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + 1)..];
            List<string> aliases = random.Next(10) == 0 ? [family.Family + " " + afterKind] : [];
            var model = new MatchModel(NewId(), maker.Id, name, numbers, aliases, [], null);
            models.Add(model);
            versions[model.Id] = ReleaseHistory(random);
        }

        // Devices: popularity is skewed (a few models are everywhere); 7 % of versions unknown, 12 % unsupported
        // (more so on old versions).
        var weights = models.Select(_ => Math.Exp(Gaussian(random) * 1.2)).ToArray();
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        var devices = new List<MatchDevice>(deviceCount);
        for (var i = 0; i < deviceCount; i++)
        {
            var at = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            var model = models[at < 0 ? Math.Min(~at, models.Count - 1) : at];
            var released = versions[model.Id];
            var index = random.Next(released.Length);
            var version = random.Next(100) < 7 ? null : released[index];
            var unsupported = random.Next(100) < (index < released.Length / 3 ? 30 : 5);
            devices.Add(new MatchDevice(NewId(), model.Id, version, unsupported));
        }

        var data = new MatchingData
        {
            Catalog = new MatchCatalog(makers, models),
            Devices = devices,
            Statements = new List<MatchStatement>(statementCount),
            Facts = new List<MatchingStatementFacts>(statementCount),
            Vulnerabilities = [],
            Advisories = [],
            ModelVersions = versions,
        };
        data.WriteAdvisories(random, statementCount, makers, makerWords, models);
        return data;
    }

    /// <summary>
    /// Revision 2 of an advisory as the incremental path gets it: the same statements, and a fix released for its
    /// first product (its latest version), which resolves some devices and marks the others "patch available".
    /// </summary>
    public List<MatchStatement> Revision(string advisoryId)
    {
        var (start, count, products) = advisoryRanges[advisoryId];
        var revised = Statements.GetRange(start, count).Select(s => s with { AdvisoryRevision = "2" }).ToList();
        var first = products[0];
        foreach (var vulnerability in revised.Select(s => s.VulnerabilityId).Distinct(StringComparer.Ordinal).ToList())
        {
            var id = $"{advisoryId}/{vulnerability}/p0/fixed";
            revised.RemoveAll(s => s.StatementId == id);
            revised.Add(new MatchStatement(
                id, vulnerability, advisoryId, "2", first.Vendor, first.Product, first.ProductName, first.Latest, null, first.Latest,
                first.Numbers, null, null, AffectedStatus.Fixed, null, null, false));
        }

        return revised;
    }

    private void WriteAdvisories(Random random, int statementCount, List<MatchManufacturer> makers, List<string> makerWords, List<MatchModel> models)
    {
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var makerIndex = makers.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var modelsByMaker = models.GroupBy(m => m.ManufacturerId).ToDictionary(g => g.Key, g => g.ToList());
        var namesByMaker = models.GroupBy(m => m.ManufacturerId).ToDictionary(g => g.Key, g => g.Select(m => Core.Devices.ModelName.Normalize(m.Name)).ToHashSet(StringComparer.Ordinal));
        var vulnerabilityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int Vulnerability(string id)
        {
            if (!vulnerabilityIndex.TryGetValue(id, out var index))
            {
                vulnerabilityIndex[id] = index = Vulnerabilities.Count;
                Vulnerabilities.Add(id);
            }

            return index;
        }

        var sequence = 0;
        while (Statements.Count < statementCount)
        {
            var advisoryId = string.Create(CultureInfo.InvariantCulture, $"MPSA-{20 + (Advisories.Count % 7)}-{Advisories.Count:00000}-01");
            Advisories.Add(advisoryId);
            var start = Statements.Count;
            var anchor = Pick(models);
            var maker = makers[makerIndex[anchor.ManufacturerId]];
            var makerModels = modelsByMaker[maker.Id];
            var products = makerModels.OrderBy(_ => random.Next()).Take(1 + random.Next(6)).ToList();
            if (!products.Contains(anchor))
            {
                products[0] = anchor;
            }

            // Third-party component vulnerabilities (TCP stacks, TLS libraries) recur across makers' advisories.
            var cves = Enumerable.Range(0, 1 + random.Next(8))
                .Select(_ => random.Next(100) < 8
                    ? string.Create(CultureInfo.InvariantCulture, $"CVE-2019-{12000 + random.Next(300)}")
                    : string.Create(CultureInfo.InvariantCulture, $"CVE-{2015 + (sequence % 11)}-{20000 + sequence++}"))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var (vendor, vendorShape) = VendorText(random, maker, makerWords[makerIndex[maker.Id]]);
            var written = new List<(Guid, string, string, string?, IReadOnlyList<string>, string)>();
            for (var p = 0; p < products.Count && Statements.Count < statementCount; p++)
            {
                var model = products[p];
                var released = ModelVersions[model.Id];
                var (product, productName, numbers, productShape) = ProductText(random, model, makerWords[makerIndex[maker.Id]], namesByMaker[maker.Id]);
                var shape = vendorShape is null ? productShape : productShape + ", vendor " + vendorShape;
                written.Add((model.Id, vendor, product, productName, numbers, released[^1]));
                var k = 1 + random.Next(released.Length - 1);
                var (version, range, raw, intervals) = VersionText(random, released, k);
                var roll = random.Next(100);
                var status = roll < 5 ? AffectedStatus.UnderInvestigation : AffectedStatus.Affected;
                var fix = roll is >= 5 and < 40 ? released[k] : null;
                var notAffectedFrom = roll is >= 40 and < 45 ? released[k] : null;
                foreach (var cve in cves)
                {
                    if (Statements.Count >= statementCount)
                    {
                        break;
                    }

                    var v = Vulnerability(cve);
                    Add(new MatchStatement(
                        $"{advisoryId}/{cve}/p{p}/{(status == AffectedStatus.Affected ? "affected" : "investigating")}", cve, advisoryId, "1", vendor, product, productName,
                        version, range, raw, numbers, null, null, status, null, fix, fix is not null),
                        new MatchingStatementFacts(v, intervals, shape));
                    if (fix is not null && Statements.Count < statementCount)
                    {
                        Add(new MatchStatement(
                            $"{advisoryId}/{cve}/p{p}/fixed", cve, advisoryId, "1", vendor, product, productName, fix, null, fix, numbers, null, null,
                            AffectedStatus.Fixed, null, null, false),
                            new MatchingStatementFacts(v, [new VersionInterval(fix, true, null, false)], shape));
                    }

                    if (notAffectedFrom is not null && Statements.Count < statementCount)
                    {
                        Add(new MatchStatement(
                            $"{advisoryId}/{cve}/p{p}/not-affected", cve, advisoryId, "1", vendor, product, productName, null,
                            $"vers:device/>={notAffectedFrom}", $">= {notAffectedFrom}", numbers, null, null, AffectedStatus.NotAffected,
                            "vulnerable_code_not_present", null, false),
                            new MatchingStatementFacts(v, [new VersionInterval(notAffectedFrom, true, null, false)], shape));
                    }
                }
            }

            advisoryRanges[advisoryId] = (start, Statements.Count - start, written);
        }
    }

    private void Add(MatchStatement statement, MatchingStatementFacts facts)
    {
        Statements.Add(statement);
        Facts.Add(facts);
    }

    /// <summary>The vendor as an advisory writes it; the shape is null for the canonical spelling.</summary>
    private static (string Text, string? Shape) VendorText(Random random, MatchManufacturer maker, string head)
    {
        var roll = random.Next(100);
        if (roll < 70)
        {
            return (maker.Name, null);
        }

        if (roll < 80)
        {
            // Case, a trailing space, another legal form: the same name once normalized.
            return (random.Next(3) switch
            {
                0 => maker.Name.ToUpperInvariant(),
                1 => maker.Name + " ",
                _ => maker.Name.Split(' ')[0] + " " + maker.Name.Split(' ')[1] + ", Inc.",
            }, "formatting");
        }

        if (roll < 95 && maker.Aliases.Count > 0)
        {
            return (maker.Aliases[random.Next(maker.Aliases.Count)], "alias");
        }

        if (roll < 95)
        {
            return (maker.Name, null);
        }

        // One letter of the brand changed ("Phillips"): the engine reads it as a spelling variant, at most medium.
        var at = 1 + random.Next(head.Length - 2);
        var replacement = head[at] == 'x' ? 'q' : 'x';
        return (string.Concat(head.AsSpan(0, at), new string(replacement, 1), head.AsSpan(at + 1)) + maker.Name[head.Length..], "misspelt");
    }

    private static (string Product, string? ProductName, IReadOnlyList<string> Numbers, string Shape) ProductText(Random random, MatchModel model, string brand, HashSet<string> makerNames)
    {
        var roll = random.Next(100);
        var words = model.Name.Split(' ');
        var family = words[0];
        switch (roll)
        {
            case < 50:
                return (random.Next(10) == 0 ? model.Name.ToUpperInvariant() : model.Name, null, [], "exact name");
            case < 58 when model.Aliases.Count > 0:
                return (model.Aliases[0], null, [], "model alias");
            case < 70:
                var number = model.ModelNumbers[random.Next(model.ModelNumbers.Count)];
                // "Infusion Pump, model VT300-1021B": the product line in the name, the model in its number.
                var line = string.Join(' ', words.TakeWhile(w => !w.All(char.IsAsciiDigit)));
                return (line, $"{line} model {number}", [number], "model number");
            case < 80:
                return ($"{brand} {model.Name}", null, [], "brand in front");
            case < 88:
                return ($"{model.Name} {GenericWords[random.Next(GenericWords.Length)]}", null, [], "generic word added");
            case < 94:
                return (family, null, [], "family only");
            default:
                var variant = Variants.FirstOrDefault(v => !makerNames.Contains(Core.Devices.ModelName.Normalize(model.Name + " " + v)) && !model.Name.EndsWith(v, StringComparison.Ordinal));
                return variant is null
                    ? (model.Name, null, [], "exact name")
                    : ($"{model.Name} {variant}", null, [], "variant not in the catalog");
        }
    }

    /// <summary>The version text of an affected statement whose fix is <c>released[k]</c>, and the same as intervals.</summary>
    private static (string? Version, string? Range, string? Raw, IReadOnlyList<VersionInterval>? Intervals) VersionText(Random random, string[] released, int k)
    {
        var roll = random.Next(100);
        var fix = released[k];
        var last = released[k - 1];
        switch (roll)
        {
            case < 25:
                return (null, $"vers:device/<{fix}", $"< {fix}", [new VersionInterval(null, false, fix, false)]);
            case < 40:
                var from = released[random.Next(k)];
                return (null, $"vers:device/>={from}|<{fix}", $">= {from} | < {fix}", [new VersionInterval(from, true, fix, false)]);
            case < 55:
                return (null, $"<= {last}", $"<= {last}", [new VersionInterval(null, false, last, true)]);
            case < 62:
                var major = last.Split('.')[0];
                var next = (int.Parse(major, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
                return (null, $"{major}.x", $"{major}.x", [new VersionInterval(major, true, next, false)]);
            case < 77:
                var one = released[random.Next(k)];
                return (one, null, one, [new VersionInterval(one, true, one, true)]);
            case < 82:
                var a = released[random.Next(k)];
                var b = released[random.Next(k)];
                return a == b
                    ? (a, null, a, [new VersionInterval(a, true, a, true)])
                    : (null, $"vers:device/{a}|{b}", $"{a} | {b}", [new VersionInterval(a, true, a, true), new VersionInterval(b, true, b, true)]);
            case < 95:
                return (null, "vers:all/*", "vers:all/*", [VersionInterval.All]);
            default:
                var text = Prose[random.Next(Prose.Length)];
                return (null, text, text, null);
        }
    }

    /// <summary>3 to 12 releases, oldest first: mostly patch releases, some minor, a few major.</summary>
    private static string[] ReleaseHistory(Random random)
    {
        int major = 1 + random.Next(9), minor = random.Next(6), patch = 0;
        var list = new string[3 + random.Next(10)];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}.{patch}");
            var roll = random.Next(10);
            if (roll < 6)
            {
                patch++;
            }
            else if (roll < 9)
            {
                minor++;
                patch = 0;
            }
            else
            {
                major++;
                minor = 0;
                patch = 0;
            }
        }

        return list;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
