using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace MedPatch.Core.Standards.Csaf;

/// <summary>
/// Turns untrusted bytes into a <see cref="JsonDocument"/> or exactly one error. A first pass with
/// <see cref="Utf8JsonReader"/> enforces the limits and rejects duplicate member names (RFC 8259 leaves their meaning
/// open, and two readers taking different values is how a signed advisory could say two things), so the second pass
/// that builds the document cannot fail.
/// </summary>
internal static class CsafJsonInput
{
    public const string Test = "json";

    public static CsafValidationError? Parse(ReadOnlyMemory<byte> input, out JsonDocument? document)
    {
        document = null;
        if (input.Length > CsafReader.MaxDocumentBytes)
        {
            return TooLarge();
        }

        var utf8 = input;
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (utf8.IsEmpty)
        {
            return new CsafValidationError(Test, "$", "the input is empty; a CSAF document is a JSON object");
        }

        var invalid = FirstInvalidUtf8(utf8.Span);
        if (invalid >= 0)
        {
            var (line, column) = LineAndColumn(utf8.Span, invalid);
            return new CsafValidationError(Test, "$", string.Create(CultureInfo.InvariantCulture,
                $"the input is not valid UTF-8: byte 0x{utf8.Span[invalid]:X2} at line {line}, byte {column} (offset {invalid}) starts no valid UTF-8 sequence"));
        }

        var error = Scan(utf8.Span);
        if (error is not null)
        {
            return error;
        }

        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = CsafReader.MaxDepth + 1 });
            return null;
        }
        catch (JsonException ex)
        {
            // The scan accepted the text, so this is a defect of the scan; still report rather than throw.
            return new CsafValidationError(Test, "$", "not valid JSON: " + ex.Message);
        }
    }

    public static CsafValidationError TooLarge()
    {
        return new CsafValidationError(Test, "$", string.Create(CultureInfo.InvariantCulture,
            $"the document is larger than the limit of {CsafReader.MaxDocumentBytes / (1024 * 1024)} MiB"));
    }

    private static CsafValidationError? Scan(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            // One more than ours so that our own check below, with a path, fires first.
            MaxDepth = CsafReader.MaxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (frames.Count >= CsafReader.MaxDepth)
                        {
                            return new CsafValidationError(Test, PathOf(frames), string.Create(CultureInfo.InvariantCulture,
                                $"objects and arrays are nested deeper than the limit of {CsafReader.MaxDepth} levels (line {LineOf(utf8, reader)})"));
                        }

                        MarkValue(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartObject));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        {
                            var tooLong = CheckLength(ref reader, utf8, frames, "member name");
                            if (tooLong is not null)
                            {
                                return tooLong;
                            }

                            var name = reader.GetString()!;
                            var frame = frames[^1];
                            if (!frame.Names!.Add(name))
                            {
                                frame.Property = name;
                                return new CsafValidationError(Test, PathOf(frames), string.Create(CultureInfo.InvariantCulture,
                                    $"duplicate member name \"{name}\" (line {LineOf(utf8, reader)}); each member of an object must have a unique name"));
                            }

                            frame.Property = name;
                            break;
                        }

                    case JsonTokenType.String:
                        {
                            MarkValue(frames);
                            var tooLong = CheckLength(ref reader, utf8, frames, "string");
                            if (tooLong is not null)
                            {
                                return tooLong;
                            }

                            if (reader.ValueIsEscaped)
                            {
                                // Escapes can spell lone surrogates, which no .NET string reader accepts later on.
                                _ = reader.GetString();
                            }

                            break;
                        }

                    default:
                        MarkValue(frames);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            return new CsafValidationError(Test, PathOf(frames), string.Create(CultureInfo.InvariantCulture,
                $"not valid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {Reason(ex.Message)}"));
        }
        catch (InvalidOperationException ex)
        {
            return new CsafValidationError(Test, PathOf(frames), string.Create(CultureInfo.InvariantCulture,
                $"a string at line {LineOf(utf8, reader)} has an escape that is no valid UTF-16 text: {ex.Message}"));
        }

        return null;
    }

    private static CsafValidationError? CheckLength(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, List<Frame> frames, string what)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length > CsafReader.MaxStringBytes
            ? new CsafValidationError(Test, PathOf(frames), string.Create(CultureInfo.InvariantCulture,
                $"a {what} of {length} bytes at line {LineOf(utf8, reader)} is longer than the limit of {CsafReader.MaxStringBytes / 1024} KiB"))
            : null;
    }

    // Utf8JsonReader keeps no line number of its own outside exceptions, so count the newlines before the token.
    private static int LineOf(ReadOnlySpan<byte> utf8, Utf8JsonReader reader)
    {
        var end = (int)Math.Min(reader.TokenStartIndex, utf8.Length);
        return utf8[..end].Count((byte)'\n') + 1;
    }

    private static string Reason(string message)
    {
        // System.Text.Json appends its own "LineNumber: … | BytePositionInLine: …"; we report 1-based positions instead.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd();
    }

    private static void MarkValue(List<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return;
        }

        var frame = frames[^1];
        if (!frame.IsObject)
        {
            frame.Index++;
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsObject)
            {
                if (frame.Property is not null)
                {
                    CsafJsonPath.AppendProperty(path, frame.Property);
                }
            }
            else if (frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return path.ToString();
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return -1;
        }

        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < utf8.Length)
            {
                var status = Utf8.ToUtf16(utf8[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    return offset + read;
                }

                offset += read;
                if (status == OperationStatus.Done)
                {
                    break;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..offset];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, offset - lastNewline);
    }

    private sealed class Frame(bool isObject)
    {
        public bool IsObject { get; } = isObject;

        public HashSet<string>? Names { get; } = isObject ? new HashSet<string>(StringComparer.Ordinal) : null;

        public string? Property { get; set; }

        public int Index { get; set; } = -1;
    }
}
