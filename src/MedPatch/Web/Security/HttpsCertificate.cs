using System.Security.Cryptography.X509Certificates;

namespace MedPatch.Web.Security;

/// <summary>
/// The server certificate for <c>medpatch serve --urls https://…</c>: a PFX/PKCS#12 file, or a PEM certificate
/// with its PEM key. The password comes only from the environment, because command lines are visible to every
/// user of the host (ps, /proc) and end up in shell history.
/// </summary>
public static class HttpsCertificate
{
    public const string CertificateVariable = "MEDPATCH_CERT";
    public const string KeyVariable = "MEDPATCH_CERT_KEY";
    public const string PasswordVariable = "MEDPATCH_CERT_PASSWORD";

    /// <summary>The certificate named by the options, else by the environment; null when neither names one.</summary>
    public static X509Certificate2? FromOptionsOrEnvironment(string? certificateFile, string? keyFile)
    {
        var file = Blank(certificateFile) ?? Blank(Environment.GetEnvironmentVariable(CertificateVariable));
        if (file is null)
        {
            return null;
        }

        var key = Blank(keyFile) ?? Blank(Environment.GetEnvironmentVariable(KeyVariable));
        return Load(file, key, Blank(Environment.GetEnvironmentVariable(PasswordVariable)));
    }

    public static X509Certificate2 Load(string certificateFile, string? keyFile, string? password)
    {
        if (!File.Exists(certificateFile))
        {
            throw new FileNotFoundException($"certificate file {certificateFile} does not exist", certificateFile);
        }

        if (keyFile is not null || IsPem(certificateFile))
        {
            var pem = password is null
                ? X509Certificate2.CreateFromPemFile(certificateFile, keyFile)
                : X509Certificate2.CreateFromEncryptedPemFile(certificateFile, password, keyFile);
            if (!pem.HasPrivateKey)
            {
                pem.Dispose();
                throw new InvalidOperationException($"certificate {certificateFile} has no private key: pass it with --cert-key");
            }

            return pem;
        }

        var pfx = X509CertificateLoader.LoadPkcs12FromFile(certificateFile, password);
        if (!pfx.HasPrivateKey)
        {
            pfx.Dispose();
            throw new InvalidOperationException($"certificate {certificateFile} has no private key");
        }

        return pfx;
    }

    /// <summary>Makes the certificate Kestrel's default for every HTTPS address, as <c>--urls</c> names them.</summary>
    public static void UseFor(WebApplicationBuilder builder, X509Certificate2 certificate) =>
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));

    private static bool IsPem(string file)
    {
        using var reader = new StreamReader(file);
        var buffer = new char[64];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
