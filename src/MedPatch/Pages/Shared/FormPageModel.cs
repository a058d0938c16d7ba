using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedPatch.Pages.Shared;

/// <summary>
/// A page whose forms post fields named like the API body (snake_case), so the use case's errors, keyed the
/// same way, can be shown next to the field that caused them.
/// </summary>
public abstract class FormPageModel : PageModel
{
    public const string StatusKey = "Status";

    public IReadOnlyDictionary<string, string[]> Errors { get; protected set; } = new Dictionary<string, string[]>();

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>"true" for a field in error, else null so Razor leaves the attribute out.</summary>
    public string? AriaInvalid(string field) => Errors.ContainsKey(field) ? "true" : null;

    /// <summary>The id of the field's error message, for aria-describedby; null when the field is fine.</summary>
    public string? ErrorId(string field) => Errors.ContainsKey(field) ? field + "-error" : null;

    /// <summary>Shown once on the page the browser is redirected to.</summary>
    protected void SetStatus(string message) => TempData[StatusKey] = message;
}
