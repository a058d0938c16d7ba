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
/// When any model matches by number or name (high), weaker matches of the same statement are dropped, except the
/// medium ones of a name that says "series" or "family"; a low variant reading yields to a model explaining more of
/// the name. Ranges ("MX400-550"), shorthand lists ("MX700/800"), series codes ("MX") and kind nouns ("Monitor")
/// are read by <see cref="ProductTokens"/>.
/// </summary>
internal sealed class ModelIndex
{
    // An exact reading of a name or alias is preferred to one that sets descriptive words aside.
    private const string ApartFromDescriptive = ", apart from descriptive words";

    private readonly List<Entry> entries = [];
    private readonly Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);

    // Model words by the letter code that opens them ("mx" → "mx450", "mx800"), for names that say "MX" or "MP Series".
    private readonly Dictionary<string, List<string>> seriesWords = new(StringComparer.Ordinal);

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
                    var letters = word.TakeWhile(char.IsAsciiLetter).Count();
                    if (letters is >= 2 and <= 3 && letters < word.Length && char.IsAsciiDigit(word[letters]))
                    {
                        if (!seriesWords.TryGetValue(word[..letters], out var members))
                        {
                            seriesWords[word[..letters]] = members = [];
                        }

                        members.Add(word);
                    }
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
        var tokens = ProductTokens.Parse(product, BrandWords).WithRanges(postings.Keys);
        var numbers = namedNumbers.Select(ModelName.Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var statementWords = tokens.All.ToHashSet(StringComparer.Ordinal);
        var candidates = new SortedSet<int>();
        var series = statementWords.Where(ProductTokens.IsSeriesCode).SelectMany(code => seriesWords.GetValueOrDefault(code) ?? []);
        foreach (var word in statementWords.Concat(numbers).Concat(tokens.Pairs).Concat(series))
        {
            if (postings.TryGetValue(word, out var list))
            {
                candidates.UnionWith(list);
            }
        }

        var byNumber = new List<ModelMatch>();
        var byName = new List<ModelMatch>();
        var coverage = new Dictionary<Guid, HashSet<string>>();
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
                .ThenBy(m => m.How.EndsWith(ApartFromDescriptive, StringComparison.Ordinal))
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
            coverage[entry.Model.Id] = entry.Names.SelectMany(n => n.Tokens.All).Concat(entry.Numbers).Where(statementWords.Contains).ToHashSet(StringComparer.Ordinal);
        }

        if (byNumber.Count > 0)
        {
            return byNumber;
        }

        if (byName.Any(m => m.Confidence == MatchConfidence.High))
        {
            // A name that says "series" or "family" means the line's other models too, at the family's medium.
            return byName.Where(m => m.Confidence == MatchConfidence.High || (tokens.NamesFamily && m.Confidence == MatchConfidence.Medium)).ToList();
        }

        // A variant reading yields to a model that explains more of the name: "Alaris Gateway Workstation Alaris GS"
        // is about the Gateway Workstation, not about every model called "Alaris".
        return byName.Where(m => m.Confidence > MatchConfidence.Low
            || !byName.Any(o => o != m && coverage[o.Model.Id].IsProperSupersetOf(coverage[m.Model.Id]))).ToList();
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
        if (statement.Plain.All(ProductTokens.IsKind) && statement.Choices.All(c => c.All(ProductTokens.IsKind)))
        {
            // "Patient Monitor", "Pumps": a kind of device, not a product; every model of that kind may be meant.
            return model.All.Any(statementWords.Contains)
                ? (MatchConfidence.Low, $"{how}: the advisory names only a kind of device ('{string.Join(' ', statement.All)}')")
                : null;
        }

        // Kind nouns the model's name leaves out ("Ultrasound" in "Ultrasound Sparq") need not be there, and a series
        // code ("MX") is there when a model word of its series is ("mx450").
        var statementWithin = statement.Plain.All(w => modelWords.Contains(w) || statement.HasSeriesMember(modelWords, w) || ProductTokens.IsKind(w))
            && statement.Choices.All(c => c.Any(modelWords.Contains) || c.All(ProductTokens.IsKind));
        var modelWithin = model.IsWithin(statementWords);
        if (statementWithin && modelWithin)
        {
            return (MatchConfidence.High, statement.IsWithin(modelWords) ? how : how + ApartFromDescriptive);
        }

        if (statementWithin)
        {
            var extra = model.Plain.Where(w => !statementWords.Contains(w)).ToList();
            return extra.Any(ProductTokens.IsIdentifying)
                ? (MatchConfidence.Medium, $"{how}: the advisory names the family '{string.Join(' ', statement.All)}' the model belongs to")
                : (MatchConfidence.High, how + ApartFromDescriptive);
        }

        if (modelWithin)
        {
            var extraChoices = statement.Choices.Where(c => !c.Any(modelWords.Contains)).ToList();
            var extra = statement.Plain.Where(w => !modelWords.Contains(w)).Concat(extraChoices.Select(c => string.Join('/', c))).ToList();

            // A model named by one plain word ("Q-Stress", "Ellipse") must open the product name, kind nouns aside
            // ("Ultrasound Sparq"): inside it, the word may only describe ("Monitor").
            var opening = statement.Plain.FirstOrDefault(w => !ProductTokens.IsKind(w));
            if (model.Plain.Count + model.Choices.Count < 2 && !model.All.Any(ProductTokens.IsIdentifying)
                && (opening is null || !model.All.Contains(opening)))
            {
                return null;
            }

            // A variant word tells the products apart; a series code whose models the names list ("MP" beside
            // "mp50"), an acronym ("TIVA") and a choice of kind nouns ("Fetal/Maternal") are judged on what they are.
            var allWords = statementWords.Concat(modelWords).ToList();
            var variant = statement.Plain.Where(w => !modelWords.Contains(w))
                .Any(e => (ProductTokens.IsIdentifying(e) || statement.Codes.Contains(e)) && !ProductTokens.IsSeriesOf(allWords, e))
                || extraChoices.Any(c => !c.All(ProductTokens.IsKind));
            return variant
                ? (MatchConfidence.Low, $"{how}: the advisory names a variant ('{string.Join(' ', extra)}') of the model")
                : (MatchConfidence.High, how + ApartFromDescriptive);
        }

        return null;
    }

    private static List<string> NameVersionsOutside(ProductTokens statement, Entry entry) =>
        statement.Versions.Where(v => !entry.Names.Any(n => n.Tokens.Versions.Contains(v, StringComparer.OrdinalIgnoreCase))).ToList();

    private sealed record Entry(MatchModel Model, HashSet<string> Numbers, List<(string Text, bool IsAlias, ProductTokens Tokens)> Names);
}
