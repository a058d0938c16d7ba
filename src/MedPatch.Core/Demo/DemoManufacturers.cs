using MedPatch.Core.Manufacturers;

namespace MedPatch.Core.Demo;

/// <summary>
/// Real medical-device makers, with the names hospitals' CMMS exports spell them under (including renamings and
/// acquisitions: Hillrom and Welch Allyn are Baxter now) and the channels they announce security news through.
/// </summary>
public static class DemoManufacturers
{
    private const ChannelKind Csaf = ChannelKind.CsafProvider;
    private const ChannelKind Web = ChannelKind.SecurityWebPage;
    private const ChannelKind Mail = ChannelKind.Email;
    private const ChannelKind Paper = ChannelKind.PaperMail;

    public static IReadOnlyList<ManufacturerSpec> All { get; } =
    [
        new("Baxter", "baxter.com", "Deerfield, IL, USA", ["Baxter International Inc.", "Hillrom", "Hill-Rom Holdings", "Welch Allyn"], [Web, Mail, Paper]),
        new("BD", "bd.com", "Franklin Lakes, NJ, USA", ["Becton, Dickinson and Company", "CareFusion"], [Csaf, Web, Mail]),
        new("B. Braun", "bbraun.com", "Melsungen, Germany", ["B. Braun Melsungen AG", "B Braun Medical Inc."], [Web, Paper]),
        new("ICU Medical", "icumed.com", "San Clemente, CA, USA", ["ICU Medical, Inc.", "Hospira", "Smiths Medical"], [Web, Mail, Paper]),
        new("Fresenius Kabi", "fresenius-kabi.com", "Bad Homburg, Germany", ["Fresenius Kabi AG"], [Web, Paper]),
        new("GE HealthCare", "gehealthcare.com", "Chicago, IL, USA", ["GE Healthcare", "General Electric Healthcare", "GE Medical Systems"], [Csaf, Web, Mail]),
        new("Philips", "philips.com", "Amsterdam, Netherlands", ["Philips Healthcare", "Koninklijke Philips N.V.", "Philips Medical Systems"], [Csaf, Web, Mail]),
        new("Dräger", "draeger.com", "Lübeck, Germany", ["Draeger", "Drägerwerk AG & Co. KGaA", "Draeger Medical"], [Web, Mail, Paper]),
        new("Medtronic", "medtronic.com", "Dublin, Ireland", ["Medtronic plc", "Covidien", "Puritan Bennett"], [Web, Mail]),
        new("Mindray", "mindray.com", "Shenzhen, China", ["Shenzhen Mindray Bio-Medical Electronics", "Mindray North America"], [Web, Paper]),
        new("Nihon Kohden", "nihonkohden.com", "Tokyo, Japan", ["Nihon Kohden Corporation"], [Web, Paper]),
        new("Masimo", "masimo.com", "Irvine, CA, USA", ["Masimo Corporation"], [Web, Mail]),
        new("Siemens Healthineers", "siemens-healthineers.com", "Erlangen, Germany", ["Siemens Healthcare", "Siemens Medical Solutions"], [Csaf, Web, Mail]),
        new("Canon Medical", "medical.canon", "Otawara, Japan", ["Canon Medical Systems Corporation", "Toshiba Medical Systems"], [Web, Paper]),
        new("Fujifilm", "fujifilm.com", "Tokyo, Japan", ["FUJIFILM Healthcare", "Fujifilm Sonosite"], [Web, Mail]),
        new("Hologic", "hologic.com", "Marlborough, MA, USA", ["Hologic, Inc."], [Web, Mail]),
        new("Abbott", "abbott.com", "Abbott Park, IL, USA", ["Abbott Laboratories", "Abbott Point of Care"], [Web, Mail, Paper]),
        new("Roche Diagnostics", "diagnostics.roche.com", "Rotkreuz, Switzerland", ["Roche", "F. Hoffmann-La Roche Ltd"], [Web, Paper]),
        new("Beckman Coulter", "beckmancoulter.com", "Brea, CA, USA", ["Beckman Coulter, Inc."], [Web, Mail]),
        new("Sysmex", "sysmex.com", "Kobe, Japan", ["Sysmex Corporation", "Sysmex America"], [Web, Paper]),
        new("Stryker", "stryker.com", "Kalamazoo, MI, USA", ["Stryker Corporation", "Physio-Control"], [Web, Mail]),
        new("Getinge", "getinge.com", "Gothenburg, Sweden", ["Getinge AB", "Maquet"], [Web, Paper]),
        new("Hamilton Medical", "hamilton-medical.com", "Bonaduz, Switzerland", ["Hamilton Medical AG"], [Web, Mail]),
        new("Zoll", "zoll.com", "Chelmsford, MA, USA", ["ZOLL Medical Corporation"], [Web, Paper]),
        new("Radiometer", "radiometer.com", "Copenhagen, Denmark", ["Radiometer Medical ApS"], [Web, Paper]),
        new("Ascom", "ascom.com", "Baar, Switzerland", ["Ascom Holding AG", "Ascom Wireless Solutions"], [Web, Mail]),
    ];

    /// <summary>A plausible address for a channel, in the form each kind of channel takes.</summary>
    public static string Address(ManufacturerSpec spec, ChannelKind kind) => kind switch
    {
        // Trusted CSAF providers publish their metadata at this well-known path (CSAF 2.0, section 7.1.1).
        ChannelKind.CsafProvider => $"https://{spec.Domain}/.well-known/csaf/provider-metadata.json",
        ChannelKind.RssFeed => $"https://www.{spec.Domain}/security/advisories.rss",
        ChannelKind.SecurityWebPage => $"https://www.{spec.Domain}/product-security",
        ChannelKind.Email => $"productsecurity@{spec.Domain}",
        _ => $"{spec.Name}, Field Safety Notices, {spec.HeadquartersCity}",
    };

    public static string? Notes(ChannelKind kind) => kind switch
    {
        ChannelKind.SecurityWebPage => "No feed: checked by hand until the page watcher covers it.",
        ChannelKind.Email => "Customer security notifications go to the clinical engineering shared mailbox.",
        ChannelKind.PaperMail => "Field safety notices arrive by post at clinical engineering.",
        _ => null,
    };
}
