namespace MedPatch.Core.Manufacturers;

public enum ChannelKind
{
    CsafProvider,
    RssFeed,
    SecurityWebPage,
    Email,
    PaperMail,
}
