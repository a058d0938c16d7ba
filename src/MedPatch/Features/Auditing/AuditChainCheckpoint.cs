namespace MedPatch.Features.Auditing;

/// <summary>
/// The last record this process found sound, so the audit page checks only records written since instead of
/// walking millions on every view. <c>medpatch audit verify</c> and the verify endpoint always walk the whole
/// chain; the page's status line says which it shows.
/// </summary>
public sealed class AuditChainCheckpoint
{
    private readonly Lock gate = new();
    private (long Sequence, string Hash)? last;

    public (long Sequence, string Hash)? Last
    {
        get
        {
            lock (gate)
            {
                return last;
            }
        }
    }

    public void Advance(long sequence, string hash)
    {
        lock (gate)
        {
            if (last is null || sequence > last.Value.Sequence)
            {
                last = (sequence, hash);
            }
        }
    }
}
