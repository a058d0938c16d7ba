using MedPatch.Core.Standards.Cpe;

namespace MedPatch.Core.Tests.Standards.Cpe;

/// <summary>Name matching (NIST IR 7696 §6), attribute table and examples.</summary>
public sealed class CpeMatcherTests
{
    private static CpeValue V(string wfn) => wfn switch
    {
        "ANY" => CpeValue.Any,
        "NA" => CpeValue.NotApplicable,
        _ => CpeValue.FromWfn(wfn),
    };

    // IR 7696 Table 6-2 (attribute comparison relations).
    [Theory]
    [InlineData("ANY", "ANY", CpeAttributeRelation.Equal)]
    [InlineData("ANY", "NA", CpeAttributeRelation.Superset)]
    [InlineData("ANY", "foo", CpeAttributeRelation.Superset)]
    [InlineData("NA", "ANY", CpeAttributeRelation.Subset)]
    [InlineData("NA", "NA", CpeAttributeRelation.Equal)]
    [InlineData("NA", "foo", CpeAttributeRelation.Disjoint)]
    [InlineData("foo", "ANY", CpeAttributeRelation.Subset)]
    [InlineData("foo", "NA", CpeAttributeRelation.Disjoint)]
    [InlineData("foo", "foo", CpeAttributeRelation.Equal)]
    [InlineData("Foo", "fOO", CpeAttributeRelation.Equal)]
    [InlineData("foo", "bar", CpeAttributeRelation.Disjoint)]
    [InlineData("foo*", "foobar", CpeAttributeRelation.Superset)]
    [InlineData("foo*", "barfoo", CpeAttributeRelation.Disjoint)]
    [InlineData("*bar", "foobar", CpeAttributeRelation.Superset)]
    [InlineData("*ob*", "foobar", CpeAttributeRelation.Superset)]
    [InlineData("foo?", "foob", CpeAttributeRelation.Superset)]
    [InlineData("foo?", "foobar", CpeAttributeRelation.Disjoint)]
    [InlineData("??bar", "fobar", CpeAttributeRelation.Superset)]
    [InlineData("8\\.0*", "8\\.0\\.6001", CpeAttributeRelation.Superset)]
    [InlineData("foo*", "NA", CpeAttributeRelation.Disjoint)]
    [InlineData("foo", "foo*", CpeAttributeRelation.Undefined)]
    [InlineData("ANY", "foo?", CpeAttributeRelation.Undefined)]
    public void Compares_attributes(string source, string target, CpeAttributeRelation expected) =>
        Assert.Equal(expected, CpeMatcher.CompareAttribute(V(source), V(target)));

    [Theory]
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*", "cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*", CpeNameRelation.Equal)]
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.*:*:*:*:*:*:*:*", "cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*", CpeNameRelation.Superset)]
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*", "cpe:2.3:a:microsoft:internet_explorer:*:*:*:*:*:*:*:*", CpeNameRelation.Subset)]
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:7.*:*:*:*:*:*:*:*", "cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*", CpeNameRelation.Disjoint)]
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.0:*:*:*:*:*:*:*", "cpe:2.3:a:microsoft:*:*:-:*:*:*:*:*:*", CpeNameRelation.Disjoint)]
    public void Compares_names(string source, string target, CpeNameRelation expected) =>
        Assert.Equal(expected, CpeMatcher.Compare(CpeName.Parse(source), CpeName.Parse(target)));

    [Theory]
    [InlineData("cpe:2.3:a:vendor:foo*:*:*:*:*:*:*:*:*", "cpe:2.3:a:vendor:foobar:1.0:*:*:*:*:*:*:*", true)]
    [InlineData("cpe:2.3:a:vendor:foo*:*:*:*:*:*:*:*:*", "cpe:2.3:a:vendor:barfoo:1.0:*:*:*:*:*:*:*", false)]
    [InlineData("cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*", "cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*", true)]
    [InlineData("cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*", "cpe:2.3:a:vendor:product:*:*:*:*:*:*:*:*", false)]
    [InlineData("cpe:/a:vendor:product", "cpe:2.3:a:vendor:product:2.1:sp1:*:*:*:*:*:*", true)]
    [InlineData("cpe:2.3:*:vendor:*:*:*:*:*:*:*:*:*", "cpe:/o:vendor:os:1", true)]
    [InlineData("cpe:2.3:a:vendor:product:1.0:-:*:*:*:*:*:*", "cpe:2.3:a:vendor:product:1.0:sp1:*:*:*:*:*:*", false)]
    [InlineData("cpe:2.3:a:foo\\!bar:*:*:*:*:*:*:*:*:*", "cpe:/a:foo%21bar:x", true)]
    public void Matches_when_candidate_is_equal_or_subset(string pattern, string candidate, bool expected) =>
        Assert.Equal(expected, CpeMatcher.Matches(pattern, candidate));
}
