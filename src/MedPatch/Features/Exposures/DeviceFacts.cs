using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;

namespace MedPatch.Features.Exposures;

/// <summary>What a match run needs of a device beyond the engine's input: its tenant, for the stored row, and the facts the ranking reads.</summary>
internal sealed record DeviceFacts(
    Guid Id,
    Guid OrganizationId,
    Guid FacilityId,
    Guid ModelId,
    SegmentExposure SegmentExposure,
    ClinicalCriticality? ClinicalCriticality,
    bool? PatientConnected,
    bool? StoresPhi);
