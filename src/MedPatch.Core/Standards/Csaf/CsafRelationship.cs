namespace MedPatch.Core.Standards.Csaf;

/// <summary>How a product relates to another one, defining a new product (section 3.2.2.4).</summary>
public sealed record CsafRelationship(
    CsafRelationshipCategory Category,
    string ProductReference,
    string RelatesToProductReference,
    CsafFullProductName FullProductName);
