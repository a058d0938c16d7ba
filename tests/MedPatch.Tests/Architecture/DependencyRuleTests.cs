using System.Reflection;

namespace MedPatch.Tests.Architecture;

public sealed class DependencyRuleTests
{
    [Fact]
    public void Core_references_no_database_web_or_project_assembly()
    {
        var references = Referenced(typeof(MedPatch.Core.Devices.Device).Assembly);

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("MedPatch", StringComparison.Ordinal));
    }

    [Fact]
    public void Data_references_core_but_not_the_executable_or_the_web()
    {
        var references = Referenced(typeof(MedPatch.Data.MedPatchDbContext).Assembly);

        // Identity's EF stores are data code; anything else of ASP.NET Core (HTTP, MVC, hosting) is not.
        Assert.Contains("MedPatch.Core", references);
        Assert.DoesNotContain("medpatch", references);
        Assert.DoesNotContain(references, name =>
            name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) &&
            !name.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal));
    }

    [Fact]
    public void Migration_projects_reference_data_only_among_ours()
    {
        foreach (var name in new[] { "MedPatch.Data.Sqlite", "MedPatch.Data.Postgres" })
        {
            var assembly = Assembly.Load(name);
            var ours = Referenced(assembly).Where(n => n.StartsWith("MedPatch", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(["MedPatch.Data"], ours.Where(n => n != "MedPatch.Core").ToList());
        }
    }

    private static List<string> Referenced(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
}
