using System.Text.RegularExpressions;
using MedPatch.Core.Devices;

namespace MedPatch.Core.Matching;

/// <summary>
/// A product or model name cut into comparison tokens. Each word is reduced like <see cref="ModelName"/> ("Q-Stress"
/// = "qstress", "B-450" = "b450"); a word with "/" is a choice ("522K/722K", "EPIQ/Affiniti"); version-like words
/// ("8.0.x", "3.1") are kept apart in <see cref="Versions"/>; generic words ("system", "software", "unit", "with")
/// are dropped; and leading words of the manufacturer's own names ("BD Pyxis", "Welch Allyn ELI 280") are brand,
/// not product, and are dropped too.
/// </summary>
internal sealed partial class ProductTokens
{
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "with", "and", "or", "on", "in", "to", "by", "only", "all", "including",
        "system", "systems", "software", "unit", "units", "device", "devices", "series", "family", "model", "models",
        "product", "products", "version", "versions", "platform", "solution", "solutions",
    };

    // Words that name a variant or a separate part of a product line: a name that adds one of them is a different
    // product ("Discovery XR656 Plus", "Pyxis MedStation ES Server", "BodyGuard 323 Color Vision").
    private static readonly HashSet<string> Identifying = new(StringComparer.Ordinal)
    {
        "plus", "pro", "lite", "light", "mini", "micro", "max", "ultra", "xl", "xp", "se", "le", "ii", "iii", "iv", "iq",
        "dual", "single", "twin", "twins", "color", "colour", "vision", "express", "smart", "compact", "elite", "premium",
        "advanced", "server", "client", "gateway", "workstation", "station", "module", "manager", "portal", "app",
        "application", "viewer", "programmer", "transmitter", "reader", "card", "battery", "pack", "cable", "adapter",
        "router", "dock", "base", "sensor", "remote", "controller", "console", "web", "mobile", "android",
        "ios", "cloud", "service", "services", "utility", "tool", "tools", "kit", "accessory", "handheld",
        "wireless", "wifi", "wlan", "bluetooth", "telemetry", "interface", "database", "journal", "link", "connect",
    };

    // Nouns that say what kind of device a product is, not which one: "Ultrasound Sparq", "BodyGuard Pumps",
    // "IntelliBridge EC 40 Hub". A name may add or leave them out; a name made only of them names no product.
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "monitor", "monitors", "monitoring", "pump", "pumps", "ultrasound", "ventilator", "ventilators", "defibrillator", "defibrillators",
        "scanner", "scanners", "analyzer", "analyzers", "analyser", "analysers", "printer", "printers", "cardiograph", "cardiographs",
        "electrocardiograph", "electrocardiographs", "patient", "patients", "medical", "clinical", "infusion", "syringe", "insulin",
        "imaging", "hub", "pc", "computer", "bedside", "fetal", "maternal", "neonatal", "diagnostic", "diagnostics", "therapy",
        "machine", "machines", "equipment", "instrument", "instruments", "camera", "cameras", "display", "displays", "glucose",
        "dialysis", "hemodialysis", "cardiac", "vital", "signs",
    };

    // Short words that name a kind of device or a modality, not a variant: "Resting ECG System", "PET/CT".
    private static readonly HashSet<string> Modalities = new(StringComparer.Ordinal)
    {
        "ecg", "ekg", "eeg", "emg", "icu", "ccu", "mri", "ct", "pet", "spect", "icd", "crt", "pacs", "ris", "ehr",
        "emr", "lvp", "pca", "ivd", "poc", "cgm", "nibp", "spo2", "iv",
    };

    private ProductTokens(List<string> plain, List<string[]> choices, List<string> versions, List<string> optional, List<ModelRange>? ranges = null, HashSet<string>? codes = null, bool family = false)
    {
        NamesFamily = family;
        Plain = plain;
        Choices = choices;
        Versions = versions;
        Optional = optional;
        Ranges = ranges ?? [];
        Codes = codes ?? [];
    }

    /// <summary>The name says "series" or "family" ("IntelliVue MP Series (including …)"): every model of the line is meant.</summary>
    public bool NamesFamily { get; }

    /// <summary>Model number ranges of the name ("MX400-550"), each also present as its plain or optional <see cref="ModelRange.Word"/>.</summary>
    public IReadOnlyList<ModelRange> Ranges { get; }

    /// <summary>Four-letter words written in capitals ("TIVA"): acronyms, which name a product or variant, not a description.</summary>
    public IReadOnlySet<string> Codes { get; }

    /// <summary>Words in parentheses ("(CIC)", "(part number 8713140U)"): they may match, but are never required or extra.</summary>
    public IReadOnlyList<string> Optional { get; }

    /// <summary>Words that must all be present.</summary>
    public IReadOnlyList<string> Plain { get; }

    /// <summary>Groups of which one word must be present.</summary>
    public IReadOnlyList<string[]> Choices { get; }

    /// <summary>Version-like words of the name, as written.</summary>
    public IReadOnlyList<string> Versions { get; }

    public bool IsEmpty => Plain.Count == 0 && Choices.Count == 0;

    /// <summary>Every word, plain, choice or optional.</summary>
    public IEnumerable<string> All => Plain.Concat(Choices.SelectMany(c => c)).Concat(Optional);

    public static ProductTokens Parse(string? text, IReadOnlySet<string> brandWords)
    {
        var plain = new List<string>();
        var choices = new List<string[]>();
        var versions = new List<string>();
        var optional = new List<string>();
        var ranges = new List<ModelRange>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        text = ModelRange.JoinSpaced(text ?? string.Empty);
        var main = Parenthesised().Replace(text, m =>
        {
            foreach (var part in Words().Matches(m.Groups["inner"].Value).SelectMany(w => ModelRange.Expand(w.Value.Split('/'))))
            {
                var word = ModelName.Normalize(part);
                if (word.Length > 0 && !Generic.Contains(word))
                {
                    optional.Add(word);
                    if (ModelRange.TryRead(part) is { } range)
                    {
                        ranges.Add(range);
                    }
                }
            }

            return " ";
        });
        if (Words().Matches(main).Count == 0)
        {
            // Only parentheses: they are the name.
            main = text;
            optional.Clear();
            ranges.Clear();
        }

        var leading = true;
        var family = false;
        foreach (var word in Words().Matches(main).Select(m => m.Value))
        {
            family |= word.Equals("series", StringComparison.OrdinalIgnoreCase) || word.Equals("family", StringComparison.OrdinalIgnoreCase);
            if (VersionLike().IsMatch(word))
            {
                versions.Add(word);
                leading = false;
                continue;
            }

            var written = ModelRange.Expand(word.Split('/', StringSplitOptions.RemoveEmptyEntries)).ToList();
            ranges.AddRange(written.Select(ModelRange.TryRead).OfType<ModelRange>());
            if (written.Count == 1 && written[0].Length == 4 && written[0].All(char.IsAsciiLetterUpper))
            {
                codes.Add(ModelName.Normalize(written[0]));
            }

            var parts = written
                .Select(ModelName.Normalize)
                .Where(p => p.Length > 0 && !Generic.Contains(p))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (parts.Length == 0)
            {
                continue;
            }

            if (leading && parts.Length == 1 && brandWords.Contains(parts[0]))
            {
                continue;
            }

            leading = false;
            if (parts.Length == 1)
            {
                plain.Add(parts[0]);
            }
            else
            {
                choices.Add(parts);
            }
        }

        return new([.. plain.Distinct(StringComparer.Ordinal)], choices, versions, [.. optional.Distinct(StringComparer.Ordinal)], ranges, codes, family);
    }

    /// <summary>
    /// These tokens with each model number range replaced by the words of <paramref name="vocabulary"/> it covers:
    /// "MX400-550" becomes a choice of "mx400550" and the catalog's "mx450", so "IntelliVue MX450" can meet it.
    /// </summary>
    public ProductTokens WithRanges(IEnumerable<string> vocabulary)
    {
        if (Ranges.Count == 0)
        {
            return this;
        }

        var words = vocabulary.ToList();
        var plain = Plain.ToList();
        var choices = Choices.ToList();
        var optional = Optional.ToList();
        foreach (var range in Ranges)
        {
            var covered = words.Where(range.Covers).Where(w => w != range.Word).Order(StringComparer.Ordinal).ToList();
            if (covered.Count == 0)
            {
                continue;
            }

            if (plain.Remove(range.Word))
            {
                choices.Add([range.Word, .. covered]);
            }
            else if (optional.Contains(range.Word))
            {
                optional.AddRange(covered.Where(w => !optional.Contains(w)));
            }
        }

        return new(plain, choices, [.. Versions], optional, [.. Ranges], [.. Codes], NamesFamily);
    }

    /// <summary>The words of a manufacturer's names that may open a product name as its brand.</summary>
    public static HashSet<string> BrandWords(IEnumerable<string> names) =>
        names.SelectMany(n => Words().Matches(n).Select(m => ModelName.Normalize(m.Value)))
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Adjacent plain words written together ("EC 40" as "ec40"), for spacing the other name does not share.</summary>
    public IEnumerable<string> Pairs => Plain.Zip(Plain.Skip(1), (a, b) => a + b);

    /// <summary>
    /// These tokens with adjacent plain words joined where the joined word is one of <paramref name="words"/>:
    /// "IntelliBridge EC 40 Hub" meets "IntelliBridge EC40".
    /// </summary>
    public ProductTokens Fuse(IReadOnlySet<string> words)
    {
        if (Plain.Count < 2 || !Pairs.Any(words.Contains))
        {
            return this;
        }

        var fused = new List<string>();
        for (var i = 0; i < Plain.Count; i++)
        {
            if (i + 1 < Plain.Count && words.Contains(Plain[i] + Plain[i + 1]) && !words.Contains(Plain[i]))
            {
                fused.Add(Plain[i] + Plain[i + 1]);
                i++;
            }
            else
            {
                fused.Add(Plain[i]);
            }
        }

        return new([.. fused.Distinct(StringComparer.Ordinal)], [.. Choices], [.. Versions], [.. Optional], [.. Ranges], [.. Codes], NamesFamily);
    }

    /// <summary>True when every plain word is in <paramref name="words"/> and every choice has one word there.</summary>
    public bool IsWithin(IReadOnlySet<string> words) => Plain.All(words.Contains) && Choices.All(c => c.Any(words.Contains));

    /// <summary>A word that tells products apart: short codes, words with digits, variant and part words; not modalities or kinds of device.</summary>
    public static bool IsIdentifying(string word) =>
        !Modalities.Contains(word) && !Kinds.Contains(word) && (word.Length <= 3 || word.Any(char.IsAsciiDigit) || Identifying.Contains(word));

    /// <summary>A noun saying what kind of device a product is ("monitor", "pump", "ultrasound").</summary>
    public static bool IsKind(string word) => Kinds.Contains(word);

    /// <summary>
    /// True when <paramref name="words"/> has a model word of the series <paramref name="code"/> names; when this name
    /// also gives a range of that series ("MX (MX400-550)"), only a word inside the range counts: not "mx40".
    /// </summary>
    public bool HasSeriesMember(IReadOnlySet<string> words, string code)
    {
        var ranges = Ranges.Where(r => r.Prefix == code).ToList();
        return ranges.Count == 0 ? IsSeriesOf(words, code) : IsSeriesCode(code) && words.Any(w => ranges.Exists(r => r.Covers(w)));
    }

    /// <summary>True when <paramref name="code"/> is a short letter code and <paramref name="words"/> has a model word of its series.</summary>
    public static bool IsSeriesOf(IEnumerable<string> words, string code) =>
        IsSeriesCode(code) && words.Any(w => w.Length > code.Length && w.StartsWith(code, StringComparison.Ordinal) && char.IsAsciiDigit(w[code.Length]));

    /// <summary>Two or three letters that may open model numbers of a series ("mx", "mp", "cx").</summary>
    public static bool IsSeriesCode(string word) =>
        word.Length is >= 2 and <= 3 && word.All(char.IsAsciiLetter) && !Modalities.Contains(word) && !Kinds.Contains(word);

    [GeneratedRegex(@"\((?<inner>[^()]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"[^\s,;:()\[\]&]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    // "8.0.x", "3.1", "v2.3", "2.0/2.5", "3.x": digits with dots; a model number such as "B450" has no dot.
    [GeneratedRegex(@"^[vV]?\d+(?:\.(?:\d+|[xX*]))+(?:/[vV]?\d+(?:\.(?:\d+|[xX*]))+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionLike();
}
