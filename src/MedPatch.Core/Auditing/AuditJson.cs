using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedPatch.Core.Auditing;

/// <summary>
/// The before/after JSON of an audit record: a flat object of snake_case field names to values, written in a
/// stable form (ISO dates, enums by their snake_case name) so the same change always reads, and hashes, alike.
/// </summary>
public static class AuditJson
{
    /// <summary>Written instead of a secret's value, so the record shows that it changed but never what it is.</summary>
    public const string Redacted = "[redacted]";

    private static readonly JsonWriterOptions Options = new()
    {
        // Audit text is read by people in tools and exports; keep accents and quotes readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Null when there is nothing to write, so a creation has no "before" and a deletion no "after".</summary>
    public static string? Write(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var buffer = new MemoryStream();
        var any = false;
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
                any = true;
            }

            writer.WriteEndObject();
        }

        return any ? Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) : null;
    }

    /// <summary>The fields whose values differ, as (before, after) JSON; both null when nothing changed.</summary>
    public static (string? Before, string? After) Diff(IReadOnlyList<string> names, IReadOnlyList<object?> before, IReadOnlyList<object?> after)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var was = new List<KeyValuePair<string, object?>>();
        var now = new List<KeyValuePair<string, object?>>();
        for (var i = 0; i < names.Count; i++)
        {
            if (!SameValue(before[i], after[i]))
            {
                was.Add(new(names[i], before[i]));
                now.Add(new(names[i], after[i]));
            }
        }

        return (Write(was), Write(now));
    }

    public static bool SameValue(object? a, object? b)
    {
        if (a is not string && b is not string && a is IEnumerable first && b is IEnumerable second)
        {
            return first.Cast<object?>().SequenceEqual(second.Cast<object?>());
        }

        return Equals(a, b);
    }

    public static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case Guid id:
                writer.WriteStringValue(id.ToString("D"));
                break;
            case DateTime instant:
                writer.WriteStringValue((instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant)
                    .ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset offset:
                writer.WriteStringValue(offset.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Enum choice:
                writer.WriteStringValue(SnakeCase(choice.ToString()));
                break;
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteNumberValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
