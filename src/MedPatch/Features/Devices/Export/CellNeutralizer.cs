namespace MedPatch.Features.Devices.Export;

/// <summary>
/// OWASP CSV injection defence: a cell that starts with = + - @ (or tab / carriage return) would run as a
/// formula when a spreadsheet opens the export, so it gets a leading apostrophe. The import removes exactly
/// that apostrophe again, so an export re-imports unchanged.
/// </summary>
public static class CellNeutralizer
{
    public static string? Neutralize(string? value) =>
        value is { Length: > 0 } && IsTrigger(value[0]) ? "'" + value : value;

    public static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';
}
