namespace MedPatch.Cli;

/// <summary>An expected failure the user can fix; printed as one line, never as a stack trace.</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
