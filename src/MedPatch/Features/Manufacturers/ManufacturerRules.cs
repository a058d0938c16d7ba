using System.Net.Mail;
using MedPatch.Cli;
using MedPatch.Core.Manufacturers;

namespace MedPatch.Features.Manufacturers;

/// <summary>Field rules for manufacturers, aliases and channels; names and limits follow the catalog tables.</summary>
public static class ManufacturerRules
{
    public const int MaxName = 200;
    public const int MaxPsirtContact = 300;
    public const int MaxWebsite = 500;
    public const int MaxAddress = 1000;
    public const int MaxNotes = 2000;

    /// <summary>Channel kinds as the API and forms spell them (csaf_provider, rss_feed, …).</summary>
    public static IReadOnlyList<string> ChannelKindNames { get; } = Enum.GetValues<ChannelKind>().Select(k => Display.Snake(k)).ToList();

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Checks a manufacturer or alias name; returns an error message or null.</summary>
    public static string? NameError(string? name, string what)
    {
        var clean = Clean(name);
        if (clean is null)
        {
            return $"{what} is required.";
        }

        if (clean.Length > MaxName)
        {
            return $"{what} is limited to {MaxName} characters.";
        }

        // "Inc." or "&&" alone reduce to nothing and would match every unnamed row.
        return ManufacturerName.Normalize(clean).Length == 0 ? $"{what} needs at least one letter or digit." : null;
    }

    public static Dictionary<string, string[]> DetailErrors(ManufacturerDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new Dictionary<string, string[]>();
        if (NameError(details.Name, "Name") is { } nameError)
        {
            errors["name"] = [nameError];
        }

        var contact = Clean(details.PsirtContact);
        if (contact is not null && (contact.Length > MaxPsirtContact || !(IsEmail(contact) || IsWebUrl(contact))))
        {
            errors["psirt_contact"] = [$"PSIRT contact must be an email address or an http(s) URL of at most {MaxPsirtContact} characters."];
        }

        var website = Clean(details.Website);
        if (website is not null && (website.Length > MaxWebsite || !IsWebUrl(website)))
        {
            errors["website"] = [$"Website must be an http(s) URL of at most {MaxWebsite} characters."];
        }

        return errors;
    }

    /// <summary>
    /// Web channels are polled by the automation, so they must be absolute http(s) URLs; email must be a bare
    /// address a mailbox rule can match; paper mail is a postal address in free text.
    /// </summary>
    public static Dictionary<string, string[]> ChannelErrors(string? kind, string? address, string? notes, out ChannelKind parsedKind)
    {
        var errors = new Dictionary<string, string[]>();
        parsedKind = default;
        var kindIndex = ChannelKindNames.ToList().IndexOf(Clean(kind)?.ToLowerInvariant() ?? string.Empty);
        if (kindIndex < 0)
        {
            errors["kind"] = ["Kind must be one of " + string.Join(", ", ChannelKindNames) + "."];
        }
        else
        {
            parsedKind = Enum.GetValues<ChannelKind>()[kindIndex];
        }

        var clean = Clean(address);
        if (clean is null)
        {
            errors["address"] = ["Address is required."];
        }
        else if (clean.Length > MaxAddress)
        {
            errors["address"] = [$"Address is limited to {MaxAddress} characters."];
        }
        else if (kindIndex >= 0)
        {
            var message = parsedKind switch
            {
                ChannelKind.CsafProvider or ChannelKind.RssFeed or ChannelKind.SecurityWebPage when !IsWebUrl(clean) =>
                    "Address must be an absolute http(s) URL for this kind.",
                ChannelKind.Email when !IsEmail(clean) => "Address must be an email address, like psirt@example.com.",
                _ => null,
            };
            if (message is not null)
            {
                errors["address"] = [message];
            }
        }

        if (Clean(notes)?.Length > MaxNotes)
        {
            errors["notes"] = [$"Notes are limited to {MaxNotes} characters."];
        }

        return errors;
    }

    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
        uri.Host.Length > 0;

    // MailAddress also accepts "Name <a@b>" and dotless hosts; a channel needs the plain address of a real domain.
    public static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var mail) &&
        string.Equals(mail.Address, text, StringComparison.Ordinal) &&
        mail.Host.Contains('.', StringComparison.Ordinal);
}
