namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// One node of the branch hierarchy (section 3.2.2.1): either a leaf with a product or a node with child branches.
/// </summary>
public sealed record CsafBranch(
    CsafBranchCategory Category,
    string Name,
    CsafFullProductName? Product,
    IReadOnlyList<CsafBranch> Branches);

/// <summary>One step on the way from the root of the branches to a product.</summary>
public sealed record CsafBranchStep(CsafBranchCategory Category, string Name);
