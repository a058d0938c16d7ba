using System.Globalization;
using System.Text.Json;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Ranking;

/// <summary>
/// One setting an admin can change, under the name the JSON body, the command line and the page all use
/// ("weights.kev", "epss_poc_threshold"). Values arrive as text from all three, so parsing lives here once and a
/// value that is not even a number is reported under its field just like one <see cref="RiskSettings.Validate"/> refuses.
/// </summary>
public sealed class RiskSettingField
{
    private readonly Func<RiskSettings, object> read;
    private readonly Func<RiskSettings, object, RiskSettings> write;
    private readonly Func<string, (object? Value, string? Error)> parse;

    private RiskSettingField(
        string name, string label, string help, IReadOnlyList<string>? choices,
        Func<RiskSettings, object> read, Func<RiskSettings, object, RiskSettings> write, Func<string, (object?, string?)> parse)
    {
        Name = name;
        Label = label;
        Help = help;
        Choices = choices;
        this.read = read;
        this.write = write;
        this.parse = parse;
    }

    /// <summary>"weights.kev": the JSON path in snake_case, also the form field and the error key.</summary>
    public string Name { get; }

    public string Label { get; }

    /// <summary>Why the setting exists and why its default is what it is.</summary>
    public string Help { get; }

    /// <summary>The accepted words of a choice; null for a number.</summary>
    public IReadOnlyList<string>? Choices { get; }

    public bool IsWeight => Name.StartsWith(RiskSettingFields.WeightsPrefix, StringComparison.Ordinal);

    /// <summary>The HTML id of the field: dots and underscores do not need escaping in CSS selectors as dashes.</summary>
    public string HtmlId => "risk-" + Name.Replace('.', '-').Replace('_', '-');

    /// <summary>A double, an int or an enum value, which JSON writes as a number or a snake_case word.</summary>
    public object Value(RiskSettings settings) => read(settings);

    /// <summary>The value as the command line and the page show it.</summary>
    public string Format(RiskSettings settings) => Text(read(settings));

    public bool IsDefault(RiskSettings settings) => Equals(read(settings), read(RiskSettings.Default));

    /// <summary><paramref name="settings"/> with this field's value taken from <paramref name="source"/>.</summary>
    public RiskSettings CopyFrom(RiskSettings source, RiskSettings settings) => write(settings, read(source));

    /// <summary>The settings with this field set from text, or the reason the text is no value of this field.</summary>
    public (RiskSettings? Settings, string? Error) Apply(RiskSettings settings, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, Choices is null ? "a number is required" : "one of " + string.Join(", ", Choices) + " is required");
        }

        var (value, error) = parse(text.Trim());
        return value is null ? (null, error) : (write(settings, value), null);
    }

    internal static string Text(object value) => value switch
    {
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        Enum e => Word(e),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>life_critical, open: the enum names as the JSON API writes them.</summary>
    internal static string Word(Enum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    internal static RiskSettingField Number(
        string name, string label, string help, Func<RiskSettings, double> get, Func<RiskSettings, double, RiskSettings> set) =>
        new(name, label, help, null, s => get(s), (s, v) => set(s, (double)v), text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                ? (d, null)
                : (null, $"'{text}' is not a number"));

    internal static RiskSettingField Whole(
        string name, string label, string help, Func<RiskSettings, int> get, Func<RiskSettings, int, RiskSettings> set) =>
        new(name, label, help, null, s => get(s), (s, v) => set(s, (int)v), text =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                ? (i, null)
                : (null, $"'{text}' is not a whole number"));

    internal static RiskSettingField Choice<TEnum>(
        string name, string label, string help, IReadOnlyList<TEnum> allowed, Func<RiskSettings, TEnum> get, Func<RiskSettings, TEnum, RiskSettings> set)
        where TEnum : struct, Enum
    {
        var words = allowed.Select(v => Word(v)).ToList();
        return new(name, label, help, words, s => get(s), (s, v) => set(s, (TEnum)v), text =>
        {
            var compact = text.Replace("-", "_", StringComparison.Ordinal).Replace(' ', '_');
            var index = words.FindIndex(w => string.Equals(w, compact, StringComparison.OrdinalIgnoreCase));
            return index >= 0 ? (allowed[index], null) : (null, $"'{text}' is not one of {string.Join(", ", words)}");
        });
    }
}
