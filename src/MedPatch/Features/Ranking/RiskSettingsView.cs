using MedPatch.Core.Risk;

namespace MedPatch.Features.Ranking;

/// <summary>
/// The settings an organization ranks with. <see cref="Saved"/> is false while it uses the defaults (nothing stored);
/// <see cref="Fields"/> marks each value that is still the default, so a reader sees what an admin changed.
/// </summary>
public sealed record RiskSettingsView(
    Guid OrganizationId,
    string Organization,
    bool Saved,
    string? UpdatedBy,
    DateTime? UpdatedAt,
    RiskSettings Settings,
    IReadOnlyList<RiskSettingValue> Fields)
{
    public static RiskSettingsView Of(Guid organizationId, string organization, RiskSettings settings, string? updatedBy, DateTime? updatedAt) =>
        new(
            organizationId,
            organization,
            updatedBy is not null,
            updatedBy,
            updatedAt,
            settings,
            [.. RiskSettingFields.All.Select(f => new RiskSettingValue(f.Name, f.Label, f.Value(settings), f.Value(RiskSettings.Default), f.IsDefault(settings)))]);
}
