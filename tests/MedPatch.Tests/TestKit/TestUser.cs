using MedPatch.Core.Security;

namespace MedPatch.Tests.TestKit;

/// <summary>A user created for a test, with the password to sign in through the form.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, Guid OrganizationId, IReadOnlyList<Role> Roles);
