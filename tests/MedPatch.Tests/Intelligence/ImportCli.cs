using System.Text.Json;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Intelligence;

/// <summary>Runs the intelligence imports and listings through the command line, as an operator would.</summary>
internal static class ImportCli
{
    public static async Task<(int ExitCode, JsonElement Json, string Error)> RunJsonAsync(TestDatabase database, params string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "--json", "--db", database.DbArgument]);
        Assert.True(result.Output.Length > 0, $"no output (exit {result.ExitCode}): {result.Error}");
        using var document = JsonDocument.Parse(result.Output);
        return (result.ExitCode, document.RootElement.Clone(), result.Error);
    }

    public static async Task<JsonElement> ImportAdvisoriesAsync(TestDatabase database, params string[] paths)
    {
        var (exit, json, error) = await RunJsonAsync(database, ["import", "advisories", .. paths]);
        Assert.True(exit is 0 or 1, error);
        Assert.Equal(exit == 0, json.GetProperty("failed").GetInt32() == 0);
        return json;
    }

    public static int Int(this JsonElement json, string name) => json.GetProperty(name).GetInt32();

    /// <summary>A temporary folder removed with the test.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("medpatch-intel-").FullName;

        public string File(string name, byte[] content)
        {
            var path = System.IO.Path.Combine(Path, name);
            System.IO.File.WriteAllBytes(path, content);
            return path;
        }

        public string Copy(string source) => File(System.IO.Path.GetFileName(source), System.IO.File.ReadAllBytes(source));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Only leaks a temporary folder.
            }
        }
    }
}
