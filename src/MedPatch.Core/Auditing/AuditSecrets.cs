namespace MedPatch.Core.Auditing;

/// <summary>
/// Fields that hold secrets or their hashes. The audit trail is read and exported by auditors, so these never
/// reach it: a change to one is recorded as <see cref="AuditJson.Redacted"/>, never with its value.
/// </summary>
public static class AuditSecrets
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "SecretHash",

        // Identity's user tokens (authenticator keys, recovery codes) keep the secret in Value.
        "Value",
    };

    /// <summary>Rewritten on every change of its row; it says nothing an auditor needs, so it is left out.</summary>
    public static bool IsNoise(string propertyName) => propertyName == "ConcurrencyStamp";

    /// <summary>
    /// True for a secret field. <paramref name="isIdentityToken"/> says whether the row is an Identity user token,
    /// the only place a field named Value holds a secret.
    /// </summary>
    public static bool IsSecret(string propertyName, bool isIdentityToken = false) =>
        Names.Contains(propertyName) && (propertyName != "Value" || isIdentityToken);
}
