namespace MedPatch.Core.Organizations;

/// <summary>SSVC System Exposure values, plus Unset while nobody has assessed the segment.</summary>
public enum SegmentExposure
{
    Unset,
    Small,
    Controlled,
    Open,
}
