namespace MedPatch.Features.Users;

public sealed record UserListItem(
    Guid Id,
    string Email,
    IReadOnlyList<string> Roles,
    string Organization,
    IReadOnlyList<string> Facilities,
    bool Disabled,
    bool TwoFactor,
    DateTime? LastSignInAt,
    string? ExternalProvider);
