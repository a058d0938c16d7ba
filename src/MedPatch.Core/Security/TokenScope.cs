namespace MedPatch.Core.Security;

public enum TokenScope
{
    /// <summary>GET requests only, whatever the owner's role allows.</summary>
    Read,

    /// <summary>Everything the owner's role allows.</summary>
    Write,
}
