namespace MedPatch.Tests.TestKit;

/// <summary>The person the loopback provider signs in, without a form, whenever MedPatch sends someone to it.</summary>
public sealed record TestOidcUser(string Subject, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string>? Facilities = null);
