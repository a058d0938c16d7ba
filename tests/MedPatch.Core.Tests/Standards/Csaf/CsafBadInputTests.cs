using System.Text;
using MedPatch.Core.Standards.Csaf;

namespace MedPatch.Core.Tests.Standards.Csaf;

/// <summary>Each kind of bad input gives one error that says what and where, and never an exception.</summary>
public sealed class CsafBadInputTests
{
    private const string Minimal = """
        {
          "document": {
            "category": "csaf_base",
            "csaf_version": "2.0",
            "publisher": { "category": "vendor", "name": "Example Medical", "namespace": "https://example.com" },
            "title": "Minimal",
            "tracking": {
              "current_release_date": "2024-01-02T10:00:00Z",
              "id": "EX-2024-0001",
              "initial_release_date": "2024-01-02T10:00:00Z",
              "revision_history": [ { "date": "2024-01-02T10:00:00Z", "number": "1", "summary": "Initial" } ],
              "status": "final",
              "version": "1"
            }
          }
        }
        """;

    [Fact]
    public void Minimal_document_is_valid()
    {
        var result = CsafReader.Read(Encoding.UTF8.GetBytes(Minimal));

        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        Assert.Equal("EX-2024-0001", result.Document!.Document.Tracking.Id);
        Assert.Null(result.Document.ProductTree);
        Assert.Empty(result.Document.Vulnerabilities);
    }

    [Fact]
    public void Invalid_json_names_line_and_byte()
    {
        var text = Minimal.Replace("\"title\": \"Minimal\",", "\"title\": \"Minimal\" oops,", StringComparison.Ordinal);

        var error = SingleError(Encoding.UTF8.GetBytes(text));

        Assert.Equal("json", error.Test);
        Assert.Equal("$.document.title", error.Path);
        Assert.Contains("line 6, byte 24", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_json_is_one_error()
    {
        var error = SingleError(Encoding.UTF8.GetBytes(Minimal[..200]));

        Assert.Equal("json", error.Test);
        Assert.StartsWith("not valid JSON at line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal.Replace("Example Medical", "Example Medical \u00e9", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at + 1] = 0x28;

        var error = SingleError(bytes);

        Assert.Equal("json", error.Test);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("0xC3", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_lone_surrogate_is_rejected()
    {
        var error = SingleError(Encoding.UTF8.GetBytes(Minimal.Replace("\"Minimal\"", "\"Min\\ud800imal\"", StringComparison.Ordinal)));

        Assert.Equal("json", error.Test);
        Assert.Equal("$.document.title", error.Path);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_rejected_with_its_path()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));
        var text = Minimal.Replace("\"title\": \"Minimal\",", "\"title\": \"Minimal\", \"x\": " + deep + ",", StringComparison.Ordinal);

        var error = SingleError(Encoding.UTF8.GetBytes(text));

        Assert.Equal("json", error.Test);
        Assert.Contains("deeper than the limit of 64", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.document.x[0][0]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_at_the_limit_reaches_the_schema()
    {
        // 62 arrays inside document (level 2) inside the root (level 1) is exactly 64 levels.
        var deep = string.Concat(Enumerable.Repeat("[", 62)) + string.Concat(Enumerable.Repeat("]", 62));
        var text = Minimal.Replace("\"title\": \"Minimal\",", "\"title\": \"Minimal\", \"x\": " + deep + ",", StringComparison.Ordinal);

        var result = CsafReader.Read(Encoding.UTF8.GetBytes(text));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("6.2.20", warning.Test);
        Assert.Equal("$.document.x", warning.Path);
    }

    [Fact]
    public void Overlong_string_is_rejected()
    {
        var text = Minimal.Replace("\"Minimal\"", "\"" + new string('a', CsafReader.MaxStringBytes + 1) + "\"", StringComparison.Ordinal);

        var error = SingleError(Encoding.UTF8.GetBytes(text));

        Assert.Equal("json", error.Test);
        Assert.Equal("$.document.title", error.Path);
        Assert.Contains("longer than the limit of 1024 KiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_document_is_rejected_from_a_stream_without_reading_it_all()
    {
        using var stream = new EndlessStream();

        var result = CsafReader.Read(stream);

        var error = Assert.Single(result.Errors);
        Assert.Contains("larger than the limit of 64 MiB", error.Message, StringComparison.Ordinal);
        Assert.True(stream.Position <= CsafReader.MaxDocumentBytes + (1 << 20));
    }

    [Fact]
    public void Oversized_document_is_rejected_from_bytes()
    {
        var bytes = new byte[CsafReader.MaxDocumentBytes + 1];

        var error = SingleError(bytes);

        Assert.Contains("larger than the limit of 64 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_property_names_are_rejected()
    {
        var text = Minimal.Replace("\"title\": \"Minimal\",", "\"title\": \"Minimal\", \"title\": \"Other\",", StringComparison.Ordinal);

        var error = SingleError(Encoding.UTF8.GetBytes(text));

        Assert.Equal("json", error.Test);
        Assert.Equal("$.document.title", error.Path);
        Assert.Contains("duplicate member name \"title\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicates_spelled_with_escapes_are_still_duplicates()
    {
        var text = Minimal.Replace("\"title\": \"Minimal\",", "\"title\": \"Minimal\", \"t\\u0069tle\": \"Other\",", StringComparison.Ordinal);

        Assert.Contains("duplicate member name", SingleError(Encoding.UTF8.GetBytes(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_is_one_schema_error()
    {
        var text = Minimal.Replace("\"title\": \"Minimal\",", "\"title\": 42,", StringComparison.Ordinal);

        var error = SingleError(Encoding.UTF8.GetBytes(text));

        Assert.Equal(new CsafValidationError("schema", "$.document.title", "must be a string, not a number"), error);
    }

    [Fact]
    public void Wrong_type_of_a_whole_section_is_one_error()
    {
        var text = Minimal.Replace("\"tracking\": {", "\"tracking\": [{", StringComparison.Ordinal).Replace("}\n  }\n}", "}]\n  }\n}", StringComparison.Ordinal);

        var error = SingleError(Encoding.UTF8.GetBytes(text));

        Assert.Equal(new CsafValidationError("schema", "$.document.tracking", "must be an object, not an array"), error);
    }

    [Theory]
    [InlineData("[]", "must be an object, not an array")]
    [InlineData("\"csaf\"", "must be an object, not a string")]
    [InlineData("null", "must be an object, not null")]
    [InlineData("{}", "required property is missing")]
    public void Root_that_is_no_csaf_document_is_one_error(string json, string message)
    {
        var error = SingleError(Encoding.UTF8.GetBytes(json));

        Assert.Equal("schema", error.Test);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Empty_input_is_one_error()
    {
        Assert.Equal("json", SingleError([]).Test);
        Assert.Equal("json", SingleError(Encoding.UTF8.GetBytes("  \n ")).Test);
    }

    [Fact]
    public void Byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();

        Assert.True(CsafReader.Read(bytes).Succeeded);
    }

    [Fact]
    public void Unknown_property_is_a_warning_not_a_crash()
    {
        var text = Minimal.Replace("\"title\": \"Minimal\",", "\"title\": \"Minimal\", \"x_vendor_note\": { \"a\": 1 },", StringComparison.Ordinal);

        var result = CsafReader.Read(Encoding.UTF8.GetBytes(text));

        Assert.True(result.Succeeded);
        var error = Assert.Single(result.Warnings);
        Assert.Equal("6.2.20", error.Test);
        Assert.Equal("$.document.x_vendor_note", error.Path);
        Assert.StartsWith("property \"x_vendor_note\" is not defined here", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_commas_and_comments_are_not_json()
    {
        Assert.Equal("json", SingleError(Encoding.UTF8.GetBytes("{\"document\": {},}")).Test);
        Assert.Equal("json", SingleError(Encoding.UTF8.GetBytes("{\"document\": {} // c\n}")).Test);
        Assert.Equal("json", SingleError(Encoding.UTF8.GetBytes("{} {}")).Test);
    }

    [Fact]
    public void Validator_reports_the_same_single_error_for_bad_input()
    {
        var report = CsafValidator.Validate(Encoding.UTF8.GetBytes("{\"document\": "));

        Assert.False(report.Valid);
        Assert.Null(report.Document);
        Assert.Equal("json", Assert.Single(report.Errors).Test);
    }

    private static CsafValidationError SingleError(byte[] input)
    {
        var result = CsafReader.Read(input);
        Assert.Null(result.Document);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }

    /// <summary>Gives "{" and then spaces forever, like a hostile or broken server.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            if (_position == 0 && count > 0)
            {
                buffer[offset] = (byte)'{';
            }

            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
