namespace MedPatch.Features.Auditing;

/// <summary>Who an audit record says acted: a signed-in person, an API token, the command-line operator or a job.</summary>
public static class ActorKinds
{
    public const string User = "user";
    public const string Token = "token";
    public const string Cli = "cli";
    public const string System = "system";
}
