using MedPatch.Core.Exposures;

namespace MedPatch.Features.Triage;

/// <summary>The words for <see cref="TriageAction"/>: snake_case in JSON and forms, kebab-case as command-line verbs.</summary>
public static class TriageActions
{
    public const int MaxReasonLength = 2000;

    public static IReadOnlyList<TriageAction> All { get; } = Enum.GetValues<TriageAction>();

    /// <summary>"confirm, false_positive, not_applicable, reopen": for error messages and help text.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(Name));

    public static string Name(TriageAction action) => action switch
    {
        TriageAction.Confirm => "confirm",
        TriageAction.FalsePositive => "false_positive",
        TriageAction.NotApplicable => "not_applicable",
        _ => "reopen",
    };

    public static string Verb(TriageAction action) => Name(action).Replace('_', '-');

    /// <summary>What a person reads on the page's select and in the status message.</summary>
    public static string Label(TriageAction action) => action switch
    {
        TriageAction.Confirm => "Confirm",
        TriageAction.FalsePositive => "False positive",
        TriageAction.NotApplicable => "Not applicable",
        _ => "Reopen",
    };

    public static ExposureStatus Status(TriageAction action) => action switch
    {
        TriageAction.Confirm => ExposureStatus.Confirmed,
        TriageAction.FalsePositive => ExposureStatus.FalsePositive,
        TriageAction.NotApplicable => ExposureStatus.NotApplicable,
        _ => ExposureStatus.Open,
    };

    /// <summary>Takes "false_positive" and "false-positive" alike, case ignored; nothing else.</summary>
    public static bool TryParse(string? text, out TriageAction action)
    {
        var wanted = text?.Trim().Replace('-', '_');
        foreach (var candidate in All)
        {
            if (string.Equals(wanted, Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                action = candidate;
                return true;
            }
        }

        action = default;
        return false;
    }
}
