namespace MedPatch.Core.Standards.Nvd;

/// <summary>
/// A configuration: its nodes combined by <see cref="Operator"/> (OR when absent), e.g. vulnerable firmware AND a
/// non-vulnerable hardware platform.
/// </summary>
public sealed record NvdConfiguration(NvdOperator Operator, bool Negate, IReadOnlyList<NvdNode> Nodes);

/// <summary>A node: its CPE matches combined by <see cref="Operator"/>, inverted when <see cref="Negate"/>.</summary>
public sealed record NvdNode(NvdOperator Operator, bool Negate, IReadOnlyList<NvdCpeMatch> CpeMatches);

public enum NvdOperator
{
    Or,
    And,
}

/// <summary>
/// A CPE 2.3 match criterion. When the criteria's version is "*", the four bounds (each optional) give the range;
/// <see cref="Vulnerable"/> false marks a platform that only has to be present.
/// </summary>
public sealed record NvdCpeMatch(
    bool Vulnerable,
    string Criteria,
    string? MatchCriteriaId,
    string? VersionStartIncluding,
    string? VersionStartExcluding,
    string? VersionEndIncluding,
    string? VersionEndExcluding)
{
    public bool HasRange => VersionStartIncluding is not null || VersionStartExcluding is not null
        || VersionEndIncluding is not null || VersionEndExcluding is not null;
}
