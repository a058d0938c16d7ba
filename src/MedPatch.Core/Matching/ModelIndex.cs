using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;

namespace MedPatch.Core.Matching;

/// <summary>
/// The models of one manufacturer, with an inverted index from name words and model numbers to models, so that
/// resolving a product looks only at models sharing a word with it. Matching rules (strongest first):
/// <list type="number">
/// <item>Model number: a model number of the model appears in the statement (helper, product name or version
/// text). When the statement names model numbers, a model with other numbers is not the one meant.</item>
/// <item>Name: the statement's product words and the model's name (or an alias) have the same words, generic
/// words and the manufacturer's brand aside.</item>
/// <item>Descriptive words: one side adds only descriptive words ("Q-Stress Cardiac Stress Testing System" for
/// "Q-Stress"); a side adding an identifying word (digits, a short code, "Plus", "IQ", "Server"…) is a different
/// product, so "Sigma Spectrum" never meets "Spectrum IQ".</item>
/// <item>Family: the statement's words all appear in a model that adds identifying words ("Spectrum" in "Sigma
/// Spectrum"): medium. The model's words all appear in a statement that adds identifying words ("Alaris Gateway
/// Workstation Alaris GS" for "Alaris Gateway Workstation"): low.</item>
/// </list>
/// When any model matches by number or name (high), weaker matches of the same statement are dropped.
/// </summary>
internal sealed class ModelIndex
{
    private readonly List<Entry> entries = [];
    private readonly Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);

    public ModelIndex(IReadOnlyList<MatchModel> models, HashSet<string> brandWords)
    {
        BrandWords = brandWords;
        foreach (var model in models)
        {
            var numbers = model.ModelNumbers.Select(ModelName.Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
            var names = model.Aliases.Prepend(model.Name)
                .Select((n, i) => (Text: n, IsAlias: i > 0, Tokens: ProductTokens.Parse(n, brandWords)))
                .Where(n => !n.Tokens.IsEmpty || n.Tokens.Versions.Count > 0)
                .ToList();
            var index = entries.Count;
            entries.Add(new Entry(model, numbers, names));
            foreach (var word in numbers.Concat(names.SelectMany(n => n.Tokens.All)).Distinct(StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(index);
            }
        }
    }

    public HashSet<string> BrandWords { get; }

    public static HashSet<string> BrandWordsOf(MatchManufacturer manufacturer) =>
        ProductTokens.BrandWords(manufacturer.Aliases.Prepend(manufacturer.Name).Select(ManufacturerName.Normalize));

    /// <summary>The models <paramref name="product"/> names; <paramref name="namedNumbers"/> are model numbers from helpers and version text.</summary>
    public List<ModelMatch> Resolve(string? product, IReadOnlyCollection<string> namedNumbers)
    {
        var tokens = ProductTokens.Parse(product, BrandWords);
        var numbers = namedNumbers.Select(ModelName.Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var statementWords = tokens.All.ToHashSet(StringComparer.Ordinal);
        var candidates = new SortedSet<int>();
        foreach (var word in statementWords.Concat(numbers).Concat(tokens.Pairs))
        {
            if (postings.TryGetValue(word, out var list))
            {
                candidates.UnionWith(list);
            }
        }

        var byNumber = new List<ModelMatch>();
        var byName = new List<ModelMatch>();
        foreach (var i in candidates)
        {
            var entry = entries[i];
            var hit = entry.Numbers.FirstOrDefault(n => numbers.Contains(n) || statementWords.Contains(n));
            if (hit is not null)
            {
                var written = entry.Model.ModelNumbers.First(n => ModelName.Normalize(n) == hit);
                byNumber.Add(new ModelMatch(entry.Model, MatchConfidence.High, $"model number {written}", NameVersionsOutside(tokens, entry)));
                continue;
            }

            if (numbers.Count > 0 && entry.Numbers.Count > 0)
            {
                continue;
            }

            var best = entry.Names
                .Select(n => Compare(tokens, statementWords, entry.Numbers, n.Tokens, n.IsAlias ? $"alias '{n.Text}'" : "name"))
                .OfType<(MatchConfidence Confidence, string How)>()
                .OrderByDescending(m => m.Confidence)
                .FirstOrDefault();
            if (best.How is null)
            {
                continue;
            }

            var confidence = best.Confidence;
            var how = best.How;
            if (numbers.Count > 0 && confidence == MatchConfidence.High)
            {
                // The advisory names model numbers this catalog model does not list: the name alone is weaker.
                confidence = MatchConfidence.Medium;
                how += $"; the advisory's model numbers ({string.Join(", ", namedNumbers)}) are not recorded for this model";
            }

            byName.Add(new ModelMatch(entry.Model, confidence, how, NameVersionsOutside(tokens, entry)));
        }

        if (byNumber.Count > 0)
        {
            return byNumber;
        }

        return byName.Any(m => m.Confidence == MatchConfidence.High)
            ? byName.Where(m => m.Confidence == MatchConfidence.High).ToList()
            : byName;
    }

    private static (MatchConfidence, string)? Compare(ProductTokens statement, HashSet<string> statementWords, HashSet<string> modelNumbers, ProductTokens model, string how)
    {
        if (statement.IsEmpty || model.IsEmpty)
        {
            return null;
        }

        var rawModelWords = model.All.Concat(modelNumbers).ToHashSet(StringComparer.Ordinal);
        statement = statement.Fuse(rawModelWords);
        model = model.Fuse(statementWords);
        statementWords = statement.All.ToHashSet(StringComparer.Ordinal);
        var modelWords = model.All.Concat(modelNumbers).ToHashSet(StringComparer.Ordinal);
        var statementWithin = statement.IsWithin(modelWords);
        var modelWithin = model.IsWithin(statementWords);
        if (statementWithin && modelWithin)
        {
            return (MatchConfidence.High, how);
        }

        if (statementWithin)
        {
            var extra = model.Plain.Where(w => !statementWords.Contains(w)).ToList();
            return extra.Any(ProductTokens.IsIdentifying)
                ? (MatchConfidence.Medium, $"{how}: the advisory names the family '{string.Join(' ', statement.All)}' the model belongs to")
                : (MatchConfidence.High, $"{how}, apart from descriptive words");
        }

        if (modelWithin)
        {
            var extra = statement.Plain.Where(w => !modelWords.Contains(w))
                .Concat(statement.Choices.Where(c => !c.Any(modelWords.Contains)).Select(c => string.Join('/', c)))
                .ToList();

            // A model named by one plain word ("Q-Stress", "Ellipse") must open the product name: inside it, the
            // word may only describe ("Monitor").
            if (model.Plain.Count + model.Choices.Count < 2 && !model.All.Any(ProductTokens.IsIdentifying)
                && (statement.Plain.Count == 0 || !model.All.Contains(statement.Plain[0])))
            {
                return null;
            }

            return extra.Any(e => e.Contains('/', StringComparison.Ordinal) || ProductTokens.IsIdentifying(e))
                ? (MatchConfidence.Low, $"{how}: the advisory names a variant ('{string.Join(' ', extra)}') of the model")
                : (MatchConfidence.High, $"{how}, apart from descriptive words");
        }

        return null;
    }

    private static List<string> NameVersionsOutside(ProductTokens statement, Entry entry) =>
        statement.Versions.Where(v => !entry.Names.Any(n => n.Tokens.Versions.Contains(v, StringComparer.OrdinalIgnoreCase))).ToList();

    private sealed record Entry(MatchModel Model, HashSet<string> Numbers, List<(string Text, bool IsAlias, ProductTokens Tokens)> Names);
}
