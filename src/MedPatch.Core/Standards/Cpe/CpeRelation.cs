namespace MedPatch.Core.Standards.Cpe;

/// <summary>
/// Attribute comparison results (NIST IR 7696 §5.2, Table 5-1): how the source value's set of names relates
/// to the target value's. Undefined is the result when the target holds wildcards (Table 6-2, cases 6, 10, 14, 17).
/// </summary>
public enum CpeAttributeRelation
{
    Disjoint,
    Subset,
    Superset,
    Equal,
    Undefined,
}

/// <summary>Name comparison results (NIST IR 7696 §6.2): the relation of the source name to the target name.</summary>
public enum CpeNameRelation
{
    Disjoint,
    Subset,
    Superset,
    Equal,
}
