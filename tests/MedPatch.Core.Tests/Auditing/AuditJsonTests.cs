using MedPatch.Core.Auditing;

namespace MedPatch.Core.Tests.Auditing;

public sealed class AuditJsonTests
{
    private enum Criticality
    {
        LifeCritical,
    }

    [Fact]
    public void A_diff_holds_only_the_fields_that_changed()
    {
        string[] names = ["asset_tag", "software_version", "model_numbers", "in_service"];
        object?[] before = ["A1", "1.0", new List<string> { "X" }, true];
        object?[] after = ["A1", "1.1", new List<string> { "X" }, false];

        var (was, now) = AuditJson.Diff(names, before, after);

        Assert.Equal("{\"software_version\":\"1.0\",\"in_service\":true}", was);
        Assert.Equal("{\"software_version\":\"1.1\",\"in_service\":false}", now);
    }

    [Fact]
    public void Nothing_changed_gives_no_json()
    {
        var (was, now) = AuditJson.Diff(["a"], ["x"], ["x"]);

        Assert.Null(was);
        Assert.Null(now);
    }

    [Fact]
    public void Values_are_written_in_a_stable_readable_form()
    {
        var json = AuditJson.Write(
        [
            new("at", new DateTime(2026, 3, 1, 8, 30, 0, DateTimeKind.Utc)),
            new("end_of_support", new DateOnly(2031, 6, 30)),
            new("criticality", Criticality.LifeCritical),
            new("id", Guid.Parse("0197a5e2-0000-7000-8000-000000000001")),
            new("count", 3),
            new("name", "Dräger"),
            new("none", null),
        ]);

        Assert.Equal(
            "{\"at\":\"2026-03-01T08:30:00Z\",\"end_of_support\":\"2031-06-30\",\"criticality\":\"life_critical\"," +
            "\"id\":\"0197a5e2-0000-7000-8000-000000000001\",\"count\":3,\"name\":\"Dräger\",\"none\":null}",
            json);
    }

    [Theory]
    [InlineData("PasswordHash", false, true)]
    [InlineData("SecurityStamp", false, true)]
    [InlineData("SecretHash", false, true)]
    [InlineData("Value", true, true)]
    [InlineData("Value", false, false)]
    [InlineData("Email", false, false)]
    public void Secret_fields_are_recognised(string property, bool identityToken, bool secret) =>
        Assert.Equal(secret, AuditSecrets.IsSecret(property, identityToken));
}
