namespace MedPatch.Core.Inventory;

/// <summary>
/// One problem in an import file. Row is the 1-based row of the file as a person sees it in a spreadsheet
/// (the header is row 1), or the line / entry number of a FHIR file; 0 means the file as a whole.
/// </summary>
public sealed record ImportError(int Row, string Column, string Message);
