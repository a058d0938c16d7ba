namespace MedPatch.Features.Intelligence;

/// <summary>The kinds of advisory documents <c>import advisories</c> recognises, told apart by their content.</summary>
public enum AdvisoryFormat
{
    Unknown,
    Csaf,
    CveRecord,
    NvdResponse,
    NvdItem,
}
