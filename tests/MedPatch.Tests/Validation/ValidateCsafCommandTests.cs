using System.Security.Cryptography;
using System.Text.Json;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Validation;

public sealed class ValidateCsafCommandTests : IDisposable
{
    private const string Advisory = "csaf/cisa-icsma/icsma-17-009-01a.json";
    private const string FailingCategory = "csaf/oasis-tests/validator/mandatory/oasis_csaf_tc-csaf_2_0-2021-6-1-26-01.json";

    private const string UndefinedProperty = "csaf/oasis-tests/validator/optional/oasis_csaf_tc-csaf_2_0-2021-6-2-20-01.json";

    private readonly string _folder = Directory.CreateTempSubdirectory("medpatch-validate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_published_advisory_is_valid_with_its_signature_and_hash_beside_it()
    {
        var file = SharedData.Require(Advisory);
        Assert.True(File.Exists(file + ".sha512"));

        var result = await CliRunner.RunAsync("validate", "csaf", file, file + ".asc", file + ".sha512");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{file}: valid", result.Output.Trim());
    }

    [Fact]
    public async Task A_document_failing_a_mandatory_test_exits_1_and_names_the_test_in_json()
    {
        var file = SharedData.Require(FailingCategory);

        var result = await CliRunner.RunAsync("validate", "csaf", "--json", file);

        Assert.Equal(1, result.ExitCode);
        var report = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Equal(file, report.GetProperty("file").GetString());
        Assert.False(report.GetProperty("valid").GetBoolean());
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal("6.1.26", error.GetProperty("test").GetString());
        Assert.Equal("$.document.category", error.GetProperty("path").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task An_undefined_property_is_a_warning_and_the_document_stays_valid()
    {
        var file = SharedData.Require(UndefinedProperty);

        var json = await CliRunner.RunAsync("validate", "csaf", "--json", file);
        var text = await CliRunner.RunAsync("validate", "csaf", file);

        Assert.Equal(0, json.ExitCode);
        var report = Assert.Single(JsonDocument.Parse(json.Output).RootElement.EnumerateArray());
        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        var warning = Assert.Single(report.GetProperty("warnings").EnumerateArray());
        Assert.Equal("6.2.20", warning.GetProperty("test").GetString());
        Assert.Equal("$.document.custom_property", warning.GetProperty("path").GetString());
        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith($"{file}: valid (1 warning)", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mixed_files_report_each_one_and_a_missing_file_counts_as_invalid()
    {
        var valid = SharedData.Require(Advisory);
        var invalid = SharedData.Require(FailingCategory);
        var missing = Path.Combine(_folder, "absent.json");

        var json = await CliRunner.RunAsync("validate", "csaf", "--json", valid, invalid, missing);
        var text = await CliRunner.RunAsync("validate", "csaf", valid, invalid, missing);

        Assert.Equal(1, json.ExitCode);
        var reports = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal([valid, invalid, missing], reports.Select(r => r.GetProperty("file").GetString()));
        Assert.Equal([true, false, false], reports.Select(r => r.GetProperty("valid").GetBoolean()));
        Assert.Equal("file", reports[2].GetProperty("errors")[0].GetProperty("test").GetString());

        Assert.Equal(1, text.ExitCode);
        var lines = text.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"{valid}: valid", lines[0]);
        Assert.Equal($"{invalid}: invalid (1 error)", lines[1]);
        Assert.StartsWith("6.1.26 $.document.category ", lines[2], StringComparison.Ordinal);
        Assert.Equal($"{missing}: invalid (1 error)", lines[3]);
    }

    [Fact]
    public async Task A_folder_is_searched_recursively_for_json_and_signature_files_are_skipped()
    {
        var source = SharedData.Require(Advisory);
        var nested = Directory.CreateDirectory(Path.Combine(_folder, "2017")).FullName;
        var copy = Path.Combine(nested, Path.GetFileName(source));
        File.Copy(source, copy);
        File.Copy(source + ".asc", copy + ".asc");
        File.Copy(source + ".sha512", copy + ".sha512");

        var result = await CliRunner.RunAsync("validate", "csaf", "--json", _folder);

        Assert.Equal(0, result.ExitCode);
        var report = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Equal(copy, report.GetProperty("file").GetString());
        Assert.True(report.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_hash_file_that_does_not_match_the_document_is_an_error()
    {
        var source = SharedData.Require(Advisory);
        var copy = Path.Combine(_folder, Path.GetFileName(source));
        var bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(copy, [.. bytes, (byte)'\n']);
        File.Copy(source + ".sha512", copy + ".sha512");

        var result = await CliRunner.RunAsync("validate", "csaf", "--json", copy);

        Assert.Equal(1, result.ExitCode);
        var report = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal("hash", error.GetProperty("test").GetString());

        // The digest of the document as it now is makes it valid again.
        File.WriteAllText(copy + ".sha512", Convert.ToHexStringLower(SHA512.HashData(File.ReadAllBytes(copy))) + "  " + Path.GetFileName(copy) + "\n");
        Assert.Equal(0, (await CliRunner.RunAsync("validate", "csaf", copy)).ExitCode);
    }

    [Fact]
    public async Task Only_signature_files_is_a_usage_error()
    {
        var source = SharedData.Require(Advisory);

        var result = await CliRunner.RunAsync("validate", "csaf", source + ".asc");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }
}
