using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Ranking;

/// <summary>
/// Every field of <see cref="RiskSettings"/> an admin can change, in the order the page and the command line show
/// them. The help texts give the reasons of the doc comments on <see cref="RiskSettings"/> and <see cref="RiskWeights"/>,
/// because a person changing a weight should see why it has its default.
/// </summary>
public static class RiskSettingFields
{
    public const string WeightsPrefix = "weights.";

    /// <summary>Where a problem no single field causes (every weight 0) is reported.</summary>
    public const string Weights = "weights";

    public static IReadOnlyList<RiskSettingField> All { get; } =
    [
        Weight(
            "cvss_base", "CVSS base score", "Severity of the flaw itself: the CVSS base score / 10.",
            w => w.CvssBase, (w, v) => w with { CvssBase = v }),
        Weight(
            "epss_percentile", "EPSS percentile", "Likelihood of exploitation relative to all other CVEs.",
            w => w.EpssPercentile, (w, v) => w with { EpssPercentile = v }),
        Weight(
            "kev", "Listed in KEV", "Already in the decision through Exploitation; weighted again because known attacks come first.",
            w => w.Kev, (w, v) => w with { Kev = v }),
        Weight(
            "clinical_criticality", "Clinical criticality", "Low 0, medium 1/3, high 2/3, life-critical 1: what a failure of the device does to a patient.",
            w => w.ClinicalCriticality, (w, v) => w with { ClinicalCriticality = v }),
        Weight(
            "patient_connected", "Patient-connected", "The device is connected to a patient.",
            w => w.PatientConnected, (w, v) => w with { PatientConnected = v }),
        Weight(
            "stores_phi", "Stores PHI", "The device stores protected health information.",
            w => w.StoresPhi, (w, v) => w with { StoresPhi = v }),
        Weight(
            "exposed_devices", "Exposed devices of the model", "How many devices of the model are exposed, on a log scale up to the device count saturation.",
            w => w.ExposedDevices, (w, v) => w with { ExposedDevices = v }),
        RiskSettingField.Number(
            "epss_poc_threshold",
            "EPSS public PoC threshold",
            "EPSS score (probability of exploitation activity within 30 days) at or above which Exploitation is \"public PoC\" without other evidence. "
            + "0.1 by default: nearly all CVEs score far below 0.1, and a one-in-ten monthly chance means working exploit code is almost certainly circulating. "
            + "It never yields \"active\", which SSVC reserves for reported attacks. Above 0 and at most 1.",
            s => s.EpssPocThreshold,
            (s, v) => s with { EpssPocThreshold = v }),
        RiskSettingField.Choice(
            "unset_segment_counts_as",
            "An unassessed segment counts as",
            "System Exposure of a segment nobody assessed, or of a device on no known segment. Open by default: SSVC allows \"controlled\" only where "
            + "restrictions reliably interrupt an attack, which nobody has shown for an unassessed segment; assessing the segment is how a hospital lowers it.",
            [SegmentExposure.Small, SegmentExposure.Controlled, SegmentExposure.Open],
            s => s.UnsetSegmentCountsAs,
            (s, v) => s with { UnsetSegmentCountsAs = v }),
        RiskSettingField.Choice(
            "unknown_automatable_counts_as",
            "An unknown Automatable counts as",
            "Automatable when neither CISA nor a readable CVSS vector tells. Yes by default, because \"no\" would lower the decision on no evidence at all.",
            [Automatable.Yes, Automatable.No],
            s => s.UnknownAutomatableCountsAs,
            (s, v) => s with { UnknownAutomatableCountsAs = v }),
        RiskSettingField.Choice(
            "unknown_criticality_counts_as",
            "An unknown clinical criticality counts as",
            "For Human Impact and the priority of a device without a recorded clinical criticality. High by default: conservative, yet not "
            + "life-critical, which would rank every unclassified device with the ventilators.",
            [ClinicalCriticality.Low, ClinicalCriticality.Medium, ClinicalCriticality.High, ClinicalCriticality.LifeCritical],
            s => s.UnknownCriticalityCountsAs,
            (s, v) => s with { UnknownCriticalityCountsAs = v }),
        RiskSettingField.Whole(
            "device_count_saturation",
            "Device count saturation",
            "The number of exposed devices of one model at which that criterion gives its full weight (on a log scale). At least 1.",
            s => s.DeviceCountSaturation,
            (s, v) => s with { DeviceCountSaturation = v }),
    ];

    public static IReadOnlyList<RiskSettingField> WeightFields { get; } = [.. All.Where(f => f.IsWeight)];

    public static RiskSettingField? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A weight by its bare name ("kev") as <c>--weight kev=30</c> gives it.</summary>
    public static RiskSettingField? FindWeight(string name)
    {
        var trimmed = name.Trim().Replace('-', '_');
        return WeightFields.FirstOrDefault(f => string.Equals(f.Name[WeightsPrefix.Length..], trimmed, StringComparison.OrdinalIgnoreCase))
            ?? (trimmed.StartsWith(WeightsPrefix, StringComparison.OrdinalIgnoreCase) ? Find(trimmed) : null);
    }

    /// <summary>
    /// The settings with these changes applied (field name → text), and the problems keyed by field: values that are
    /// not values of their field, unknown field names, and everything <see cref="RiskSettings.Validate"/> refuses.
    /// </summary>
    public static (RiskSettings? Settings, IDictionary<string, string[]> Errors) Apply(RiskSettings current, IEnumerable<KeyValuePair<string, string?>> changes)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changes);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var settings = current;
        foreach (var (name, text) in changes)
        {
            if (Find(name) is not { } field)
            {
                Add(errors, name, "is not a risk setting (known: " + string.Join(", ", All.Select(f => f.Name)) + ")");
                continue;
            }

            var (changed, error) = field.Apply(settings, text);
            if (changed is null)
            {
                Add(errors, field.Name, error!);
            }
            else
            {
                settings = changed;
            }
        }

        // What parsed is validated too, so that one answer names every field in error.
        foreach (var (field, messages) in Validate(settings))
        {
            if (!errors.ContainsKey(field))
            {
                errors[field] = [.. messages];
            }
        }

        return errors.Count == 0
            ? (settings, new Dictionary<string, string[]>(StringComparer.Ordinal))
            : (null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// <see cref="RiskSettings.Validate"/>'s messages under the field that causes each: a message the defaults with
    /// only that field taken over also give is that field's; what remains (every weight 0) belongs to all weights.
    /// </summary>
    public static IDictionary<string, string[]> Validate(RiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var remaining = settings.Validate().ToList();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (remaining.Count == 0)
        {
            return errors;
        }

        foreach (var field in All)
        {
            var own = field.CopyFrom(settings, RiskSettings.Default).Validate().Where(remaining.Contains).ToList();
            if (own.Count > 0)
            {
                errors[field.Name] = [.. own];
                remaining.RemoveAll(own.Contains);
            }
        }

        if (remaining.Count > 0)
        {
            errors[Weights] = [.. remaining];
        }

        return errors;
    }

    private static RiskSettingField Weight(string key, string label, string help, Func<RiskWeights, double> get, Func<RiskWeights, double, RiskWeights> set) =>
        RiskSettingField.Number(
            WeightsPrefix + key,
            label,
            help + " A weight of 0 or more; only the ratios of the weights matter.",
            s => get(s.Weights),
            (s, v) => s with { Weights = set(s.Weights, v) });

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }
}
