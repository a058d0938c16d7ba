using System.Text.Json;
using MedPatch.Core.Auditing;

namespace MedPatch.Features.Auditing;

/// <summary>An audit record as the API and <c>--json</c> show it: before and after as JSON objects, not text.</summary>
public sealed record AuditRecordResponse(
    long Sequence,
    DateTime At,
    string ActorKind,
    string Actor,
    Guid? OrganizationId,
    string Action,
    string EntityType,
    string? EntityId,
    JsonElement? Before,
    JsonElement? After,
    string? Reason,
    string? RequestId,
    string? ClientAddress,
    string PreviousHash,
    string Hash)
{
    public static AuditRecordResponse From(AuditRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Sequence, r.At, r.ActorKind, r.Actor, r.OrganizationId, r.Action, r.EntityType, r.EntityId, Json(r.Before), Json(r.After),
            r.Reason, r.RequestId, r.ClientAddress, r.PreviousHash, r.Hash);
    }

    // A record tampered into invalid JSON is still shown, as a string, so the auditor can see what it holds.
    private static JsonElement? Json(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
