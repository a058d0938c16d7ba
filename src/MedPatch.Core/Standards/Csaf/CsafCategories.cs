namespace MedPatch.Core.Standards.Csaf;

// The enumerations of the CSAF 2.0 JSON schema, members in the schema's order. CsafEnumNames maps each member to
// its JSON spelling.

public enum CsafPublisherCategory
{
    Coordinator,
    Discoverer,
    Other,
    Translator,
    User,
    Vendor,
}

public enum CsafTrackingStatus
{
    Draft,
    Final,
    Interim,
}

public enum CsafTlpLabel
{
    Amber,
    Green,
    Red,
    White,
}

public enum CsafNoteCategory
{
    Description,
    Details,
    Faq,
    General,
    LegalDisclaimer,
    Other,
    Summary,
}

public enum CsafReferenceCategory
{
    External,
    Self,
}

public enum CsafBranchCategory
{
    Architecture,
    HostName,
    Language,
    Legacy,
    PatchLevel,
    ProductFamily,
    ProductName,
    ProductVersion,
    ProductVersionRange,
    ServicePack,
    Specification,
    Vendor,
}

public enum CsafRelationshipCategory
{
    DefaultComponentOf,
    ExternalComponentOf,
    InstalledOn,
    InstalledWith,
    OptionalComponentOf,
}

public enum CsafFlagLabel
{
    ComponentNotPresent,
    InlineMitigationsAlreadyExist,
    VulnerableCodeCannotBeControlledByAdversary,
    VulnerableCodeNotInExecutePath,
    VulnerableCodeNotPresent,
}

public enum CsafInvolvementParty
{
    Coordinator,
    Discoverer,
    Other,
    User,
    Vendor,
}

public enum CsafInvolvementStatus
{
    Completed,
    ContactAttempted,
    Disputed,
    InProgress,
    NotContacted,
    Open,
}

public enum CsafRemediationCategory
{
    Mitigation,
    NoFixPlanned,
    NoneAvailable,
    VendorFix,
    Workaround,
}

public enum CsafRestartCategory
{
    Connected,
    Dependencies,
    Machine,
    None,
    Parent,
    Service,
    System,
    VulnerableComponent,
    Zone,
}

public enum CsafThreatCategory
{
    ExploitStatus,
    Impact,
    TargetSet,
}
