using MedPatch.Core.Auditing;

namespace MedPatch.Core.Tests.Auditing;

public sealed class AuditChainTests
{
    private static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        AuditRecord? previous = null;
        for (var i = 0; i < count; i++)
        {
            var record = new AuditRecord
            {
                At = new DateTime(2026, 3, 1, 8, 0, i, DateTimeKind.Utc),
                ActorKind = "user",
                Actor = "engineer@example.org",
                Action = "updated",
                EntityType = "device",
                EntityId = "device-" + i,
                Before = "{\"software_version\":\"1.0\"}",
                After = "{\"software_version\":\"1.1\"}",
                PreviousHash = string.Empty,
                Hash = string.Empty,
            };
            AuditChain.Seal(record, previous);
            records.Add(record);
            previous = record;
        }

        return records;
    }

    [Fact]
    public void A_sealed_chain_has_no_break()
    {
        var records = Chain(5);

        Assert.Null(AuditChain.FirstBreak(records));
        Assert.Equal([1L, 2, 3, 4, 5], records.Select(r => r.Sequence));
        Assert.Equal(AuditChain.Genesis, records[0].PreviousHash);
        Assert.Equal(records[2].Hash, records[3].PreviousHash);
    }

    [Fact]
    public void Changing_a_field_after_sealing_is_named_by_its_sequence()
    {
        var records = Chain(5);
        records[2].After = "{\"software_version\":\"9.9\"}";

        var found = AuditChain.FirstBreak(records);

        Assert.NotNull(found);
        Assert.Equal(3, found.Sequence);
        Assert.Contains("changed after it was written", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_text_between_fields_changes_the_hash()
    {
        var records = Chain(1);
        var record = records[0];
        var original = record.Hash;
        record.Actor = "engineer@example.orgupdated";
        record.Action = string.Empty;

        Assert.NotEqual(original, AuditChain.HashOf(record, record.PreviousHash));
    }

    [Fact]
    public void A_missing_record_is_named()
    {
        var records = Chain(5);
        records.RemoveAt(1);

        var found = AuditChain.FirstBreak(records);

        Assert.NotNull(found);
        Assert.Equal(2, found.Sequence);
        Assert.Contains("record 2 is missing", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rehashed_record_still_breaks_the_link_of_the_next()
    {
        var records = Chain(4);
        records[1].Before = null;
        records[1].Hash = AuditChain.HashOf(records[1], records[1].PreviousHash);

        var found = AuditChain.FirstBreak(records);

        Assert.NotNull(found);
        Assert.Equal(3, found.Sequence);
        Assert.Contains("does not point at the hash of record 2", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cursor_counts_verified_records_and_keeps_the_first_break()
    {
        var records = Chain(6);
        records[3].Actor = "someone else";
        records[5].Actor = "another";
        var cursor = new AuditChainCursor();

        foreach (var record in records)
        {
            cursor.Next(record);
        }

        Assert.Equal(3, cursor.Verified);
        Assert.Equal(4, cursor.Break?.Sequence);
    }
}
