namespace MedPatch.Pages.Shared;

/// <summary>
/// The main navigation: every section of the product, in the order people work through it. A section without
/// a working page has no <see cref="Href"/> and is shown as "coming soon" text, so the menu never leads to a 404.
/// </summary>
public sealed record NavigationItem(string Label, string? Href)
{
    public bool IsAvailable => Href is not null;

    /// <summary>The dashboard owns "/" only; other sections own their path and everything below it.</summary>
    public bool IsCurrent(string requestPath) =>
        Href is not null &&
        (Href == "/"
            ? requestPath is "/" or ""
            : requestPath.Equals(Href, StringComparison.OrdinalIgnoreCase) ||
              requestPath.StartsWith(Href + "/", StringComparison.OrdinalIgnoreCase));
}

public static class Navigation
{
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Dashboard", "/"),
        new("Devices", "/devices"),
        new("Models", "/models"),
        new("Manufacturers", "/manufacturers"),
        new("Vulnerabilities & advisories", null),
        new("Exposures", null),
        new("Work", null),
        new("Mitigations", null),
        new("Signals", null),
        new("Reports", null),
        new("Admin", null),
        new("API reference", "/api/docs"),
    ];
}
