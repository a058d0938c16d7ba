using MedPatch.Core.Security;

namespace MedPatch.Pages.Shared;

/// <summary>
/// The main navigation: every section of the product, in the order people work through it. A section without
/// a working page has no <see cref="Href"/> and is shown as "coming soon" text, so the menu never leads to a 404.
/// A section the signed-in user's roles do not allow (<see cref="Requires"/>) is left out, so it never leads to a 403 either.
/// </summary>
public sealed record NavigationItem(string Label, string? Href, Permission? Requires = null)
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
        new("Dashboard", "/", Permission.InventoryRead),
        new("Devices", "/devices", Permission.InventoryRead),
        new("Models", "/models", Permission.InventoryRead),
        new("Manufacturers", "/manufacturers", Permission.InventoryRead),
        new("Network segments", "/segments", Permission.InventoryRead),
        new("Vulnerabilities", "/vulnerabilities", Permission.InventoryRead),
        new("Advisories", "/advisories", Permission.InventoryRead),
        new("Exposures", "/exposures", Permission.InventoryRead),
        new("Triage", "/triage", Permission.InventoryRead),
        new("Work", null),
        new("Mitigations", "/mitigations", Permission.InventoryRead),
        new("Signals", null),
        new("Reports", null),
        new("Risk settings", "/settings/risk", Permission.InventoryRead),
        new("Admin", null),
        new("Audit trail", "/audit", Permission.AuditRead),
        new("API reference", "/api/docs"),
    ];
}
