namespace MedPatch.Core.Mitigations;

/// <summary>The compensating controls PRODUCT.md names; what each does to reachability is its <see cref="Risk.MitigationEffect"/>.</summary>
public enum MitigationKind
{
    Segmentation,
    FirewallRule,
    DisableService,
    PhysicalControl,
    Monitoring,
    Disconnect,
}
