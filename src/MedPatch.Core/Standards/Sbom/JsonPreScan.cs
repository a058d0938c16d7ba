using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedPatch.Core.Standards.Sbom;

/// <summary>
/// One forward pass over JSON bytes before any DOM is built: enforces <see cref="SbomLimits"/> and turns syntax
/// errors into a single <see cref="SbomError"/> that names the JSON path and line, so nothing throws past the reader.
/// </summary>
internal static class JsonPreScan
{
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }

    public static SbomError? Check(ReadOnlySpan<byte> json)
    {
        var frames = new List<Frame>();

        // The reader's own depth limit would throw without a path; our check below runs first.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = SbomLimits.MaxDepth + 2 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (reader.ValueSpan.Length > SbomLimits.MaxStringLength)
                        {
                            return new SbomError(PathOf(frames), $"property name longer than {SbomLimits.MaxStringLength} bytes");
                        }

                        frames[^1].Name = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        if (frames.Count >= SbomLimits.MaxDepth)
                        {
                            return new SbomError(PathOf(frames), $"nesting deeper than the maximum of {SbomLimits.MaxDepth} levels");
                        }

                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.String:
                        Advance(frames);
                        if (reader.ValueSpan.Length > SbomLimits.MaxStringLength)
                        {
                            return new SbomError(PathOf(frames), $"string longer than the maximum of {SbomLimits.MaxStringLength} bytes");
                        }

                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            return new SbomError(PathOf(frames), Describe(e));
        }

        return null;
    }

    internal static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: {message}");
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
                }
            }
            else if (frame.Name is not null)
            {
                path.Append(JsonPaths.Member(frame.Name));
            }
        }

        return path.ToString();
    }
}
