namespace MedPatch.Pages.Shared;

/// <summary>The message under one form field; its id is what the field's aria-describedby points to.</summary>
public sealed record FieldError(string Field, string? Message)
{
    public static FieldError For(FormPageModel page, string field)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(field, page.ErrorFor(field));
    }
}
