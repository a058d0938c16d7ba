namespace MedPatch.Core.Auditing;

/// <summary>
/// A row written by the thousand by one operation (a match run) whose record is that operation's own audit entry;
/// auditing every row would bury the decisions people make among machine output. Changes a person makes to such
/// a row are audited explicitly by the code that makes them.
/// </summary>
public interface IAuditedInBulk
{
}
