using System.CommandLine;
using MedPatch.Cli;
using MedPatch.Composition;
using MedPatch.Features.Database;
using MedPatch.Web.Security;

namespace MedPatch.Web;

public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static readonly Option<string?> Urls = new("--urls") { Description = "Where to listen, e.g. http://0.0.0.0:8080 (default " + DefaultUrls + ")" };

    public static readonly Option<string?> Certificate = new("--cert")
    {
        Description = "HTTPS certificate: a PFX/PKCS#12 or PEM file (also MEDPATCH_CERT); its password only from MEDPATCH_CERT_PASSWORD",
    };

    public static readonly Option<string?> CertificateKey = new("--cert-key") { Description = "PEM private key of --cert (also MEDPATCH_CERT_KEY)" };

    public static Command Create(CliConsole console)
    {
        var serve = new Command("serve", "Serve the web UI and the REST API");
        serve.Options.Add(Urls);
        serve.Options.Add(Certificate);
        serve.Options.Add(CertificateKey);
        serve.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = GlobalOptions.Database(parseResult);
            var urls = parseResult.GetValue(Urls) ?? DefaultUrls;
            using var certificate = LoadCertificate(parseResult);
            await using var app = MedPatchWebApp.Create(settings, urls, builder =>
            {
                if (certificate is not null)
                {
                    HttpsCertificate.UseFor(builder, certificate);
                }
            });
            await DatabaseMigrator.MigrateAsync(app.Services, cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync($"MedPatch is serving on {urls} (database: {settings.Provider})").ConfigureAwait(false);
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return serve;
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2? LoadCertificate(ParseResult parseResult)
    {
        try
        {
            return HttpsCertificate.FromOptionsOrEnvironment(parseResult.GetValue(Certificate), parseResult.GetValue(CertificateKey));
        }
        catch (Exception ex) when (ex is IOException or System.Security.Cryptography.CryptographicException or InvalidOperationException or ArgumentException)
        {
            throw new CliException("--cert: " + ex.Message, 2);
        }
    }
}
