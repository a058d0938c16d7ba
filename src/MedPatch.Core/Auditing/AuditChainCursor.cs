namespace MedPatch.Core.Auditing;

/// <summary>
/// Checks the chain one record at a time, so a verifier can stream millions of records in batches instead of
/// holding them all. Feed records in sequence order; the first break is kept and returned from then on.
/// </summary>
public sealed class AuditChainCursor
{
    private string expectedPrevious;
    private long expectedSequence;

    public AuditChainCursor()
        : this(0, AuditChain.Genesis)
    {
    }

    /// <summary>Resumes after a record already verified: the next must be <paramref name="sequence"/> + 1 and link to its hash.</summary>
    public AuditChainCursor(long sequence, string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        expectedSequence = sequence + 1;
        expectedPrevious = hash;
        Verified = sequence;
    }

    /// <summary>The hash of the last sound record (the genesis value before any).</summary>
    public string LastHash => expectedPrevious;

    /// <summary>The sequence of the last sound record: how many records, from the first, hold.</summary>
    public long Verified { get; private set; }

    public AuditBreak? Break { get; private set; }

    /// <summary>Checks the next record; returns the break when this record (or an earlier one) broke the chain.</summary>
    public AuditBreak? Next(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Break is not null)
        {
            return Break;
        }

        if (record.Sequence != expectedSequence)
        {
            Break = new AuditBreak(expectedSequence, $"record {expectedSequence} is missing (found {record.Sequence} next)");
        }
        else if (record.PreviousHash != expectedPrevious)
        {
            Break = new AuditBreak(record.Sequence, $"record {record.Sequence} does not point at the hash of record {record.Sequence - 1}");
        }
        else if (AuditChain.HashOf(record, record.PreviousHash) != record.Hash)
        {
            Break = new AuditBreak(record.Sequence, $"record {record.Sequence} was changed after it was written (its hash does not match its content)");
        }
        else
        {
            expectedPrevious = record.Hash;
            expectedSequence++;
            Verified++;
        }

        return Break;
    }
}
