namespace MedPatch.Features.Intelligence.Api;

/// <summary>The CVE's entry in CISA's Known Exploited Vulnerabilities catalog.</summary>
public sealed record KevFacts(DateOnly? DateAdded, DateOnly? DueDate, string? RequiredAction, string? KnownRansomwareCampaignUse);
