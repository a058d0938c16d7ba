using MedPatch.Core.Security;

namespace MedPatch.Features.Users;

/// <summary>What is needed to add a user; no password means one is generated and returned once.</summary>
public sealed record NewUser(
    string Email,
    IReadOnlyList<Role> Roles,
    string? Organization = null,
    IReadOnlyList<string>? Facilities = null,
    string? Password = null,
    Guid? OrganizationId = null);

/// <summary>The added user; <see cref="GeneratedPassword"/> is set only when MedPatch chose the password.</summary>
public sealed record AddedUser(Guid Id, string Email, Guid OrganizationId, string Organization, IReadOnlyList<string> Roles, IReadOnlyList<string> Facilities, string? GeneratedPassword);

/// <summary>A user could not be added or changed; the message is fit for one line on a terminal or a form.</summary>
public sealed class UserAccountException(string message) : Exception(message);
