using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MedPatch.Core.Auditing;

/// <summary>
/// The hash chain over audit records. The hashed text is a fixed, unambiguous serialisation (each field length-
/// prefixed), so no two different records hash alike by shifting text between fields.
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    public static string HashOf(AuditRecord record, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringBuilder();
        foreach (var field in new[]
        {
            record.Sequence.ToString(CultureInfo.InvariantCulture),
            record.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            record.ActorKind, record.Actor, record.OrganizationId?.ToString("D"), record.Action, record.EntityType,
            record.EntityId, record.Before, record.After, record.Reason, record.RequestId, record.ClientAddress, previousHash,
        })
        {
            if (field is null)
            {
                text.Append("-1:");
            }
            else
            {
                text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field);
            }

            text.Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Seals a new record onto the chain after <paramref name="previous"/> (null for the first record).</summary>
    public static void Seal(AuditRecord record, AuditRecord? previous)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Sequence = (previous?.Sequence ?? 0) + 1;
        record.PreviousHash = previous?.Hash ?? Genesis;
        record.Hash = HashOf(record, record.PreviousHash);
    }

    /// <summary>The first record, in sequence order, whose link or own hash is wrong; null when the chain holds.</summary>
    public static AuditBreak? FirstBreak(IEnumerable<AuditRecord> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var cursor = new AuditChainCursor();
        foreach (var record in ordered)
        {
            if (cursor.Next(record) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
