namespace MedPatch.Features.Intelligence;

/// <summary>
/// What one file held: the advisories read from it (one, or several for an NVD response page), the problems that
/// kept others from being read, whether it is a signature or checksum file that is recognised and skipped, and
/// whether its bytes are a revision already stored (unchanged, so it was neither validated nor normalized).
/// </summary>
public sealed record AdvisoryFile(string Path, AdvisoryFormat Format, IReadOnlyList<ParsedAdvisory> Advisories, IReadOnlyList<string> Errors, bool Skipped, bool Unchanged = false)
{
    public static AdvisoryFile Skip(string path) => new(path, AdvisoryFormat.Unknown, [], [], true);

    public static AdvisoryFile Same(string path) => new(path, AdvisoryFormat.Unknown, [], [], false, true);

    public static AdvisoryFile Fail(string path, AdvisoryFormat format, string error) => new(path, format, [], [error], false);
}
