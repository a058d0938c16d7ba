namespace MedPatch.Features.Intelligence;

/// <summary>
/// What one file held: the advisories read from it (one, or several for an NVD response page), the problems that
/// kept others from being read, and whether it is a signature or checksum file that is recognised and skipped.
/// </summary>
public sealed record AdvisoryFile(string Path, AdvisoryFormat Format, IReadOnlyList<ParsedAdvisory> Advisories, IReadOnlyList<string> Errors, bool Skipped)
{
    public static AdvisoryFile Skip(string path) => new(path, AdvisoryFormat.Unknown, [], [], true);

    public static AdvisoryFile Fail(string path, AdvisoryFormat format, string error) => new(path, format, [], [error], false);
}
