namespace MedPatch.Features.Manufacturers;

/// <summary>The body of <c>POST /api/v1/manufacturers</c>.</summary>
public sealed record CreateManufacturerRequest(string? Name, string? PsirtContact, string? Website, IReadOnlyList<string>? Aliases);

/// <summary>The body of <c>PUT /api/v1/manufacturers/{id}</c>: all three fields replaced; a field left out is cleared.</summary>
public sealed record UpdateManufacturerRequest(string? Name, string? PsirtContact, string? Website);

public sealed record AddAliasRequest(string? Name);

/// <summary>Kind is csaf_provider, rss_feed, security_web_page, email or paper_mail.</summary>
public sealed record AddChannelRequest(string? Kind, string? Address, string? Notes);
