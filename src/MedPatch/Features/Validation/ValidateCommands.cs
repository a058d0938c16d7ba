using System.CommandLine;
using MedPatch.Cli;

namespace MedPatch.Features.Validation;

/// <summary>
/// <c>medpatch validate csaf FILE… [--json]</c>: checks CSAF 2.0 documents against the JSON schema and the mandatory
/// tests. Exit 0 when every document is valid, 1 when any is not (a missing or unreadable file counts as invalid),
/// 2 when the arguments name no document at all.
/// </summary>
public static class ValidateCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("validate", "Validate security advisories against their standard");
        command.Subcommands.Add(Csaf(console));
        return command;
    }

    private static Command Csaf(CliConsole console)
    {
        var json = GlobalOptions.Json();
        var files = new Argument<string[]>("FILE")
        {
            Description = "CSAF 2.0 JSON files or folders (every *.json inside, recursively); .asc and .sha512 files are skipped",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("csaf", "Validate CSAF 2.0 documents: JSON schema, mandatory tests (section 6.1) and .sha512 files beside them") { files, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var documents = CsafFileValidator.Expand(parseResult.GetValue(files) ?? []);
            if (documents.Count == 0)
            {
                throw new CliException("no CSAF document to validate (only signature or hash files, or folders without *.json)", 2);
            }

            var results = new List<FileValidationResult>(documents.Count);
            foreach (var document in documents)
            {
                results.Add(await CsafFileValidator.ValidateAsync(document, cancellationToken).ConfigureAwait(false));
            }

            if (parseResult.GetValue(json))
            {
                console.WriteJson(results);
            }
            else
            {
                foreach (var result in results)
                {
                    WriteText(console.Output, result);
                }
            }

            return results.All(r => r.Valid) ? 0 : 1;
        });
        return command;
    }

    private static void WriteText(TextWriter output, FileValidationResult result)
    {
        if (result.Valid)
        {
            output.WriteLine(result.Warnings.Count == 0
                ? $"{result.File}: valid"
                : $"{result.File}: valid ({result.Warnings.Count} {(result.Warnings.Count == 1 ? "warning" : "warnings")})");
            WriteFindings(output, "warning ", result.Warnings);
            return;
        }

        output.WriteLine($"{result.File}: invalid ({result.Errors.Count} {(result.Errors.Count == 1 ? "error" : "errors")})");
        WriteFindings(output, string.Empty, result.Errors);
        WriteFindings(output, "warning ", result.Warnings);
    }

    private static void WriteFindings(TextWriter output, string prefix, IReadOnlyList<FileValidationFinding> findings)
    {
        foreach (var finding in findings)
        {
            output.WriteLine($"  {prefix}{finding.Test} {finding.Path} {finding.Message}");
        }
    }
}
