using System.Text;
using MedPatch.Core.Standards.Sbom;

namespace MedPatch.Core.Tests.Standards.Sbom;

/// <summary>Broken, hostile or foreign input gives one clear error and never an exception.</summary>
public sealed class SbomReaderBadInputTests
{
    private static SbomError OnlyError(byte[] content, string? fileName = null)
    {
        var result = SbomReader.Read(content, fileName);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }

    private static SbomError OnlyError(string content, string? fileName = null) => OnlyError(Encoding.UTF8.GetBytes(content), fileName);

    [Fact]
    public void Syntax_error_names_json_path_and_line()
    {
        var error = OnlyError("{\"bomFormat\":\"CycloneDX\",\n\"components\":[{\"name\":\"a\"},\n{\"name\": nope}]}");

        Assert.Equal("$.components[1].name", error.Path);
        Assert.StartsWith("not valid JSON at line 3,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_document_is_an_error()
    {
        var error = OnlyError("{\"bomFormat\":\"CycloneDX\",\"components\":[");

        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_position()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"bomFormat\":\"CycloneDX\",\n\"x\":\"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        var error = OnlyError(bytes);

        Assert.Equal("the document is not valid UTF-8", error.Message);
        Assert.StartsWith("line 2, byte 6", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_is_refused()
    {
        Assert.Contains("UTF-16", OnlyError(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted()
    {
        var result = SbomReader.Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}")).ToArray());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_with_a_path()
    {
        var json = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"properties\":" + new string('[', 200) + new string(']', 200) + "}";

        var error = OnlyError(json);

        Assert.Contains($"maximum of {SbomLimits.MaxDepth} levels", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.properties[0][0]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void String_longer_than_the_limit_is_refused_with_a_path()
    {
        var json = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"library\",\"name\":\"" + new string('a', SbomLimits.MaxStringLength + 1) + "\"}]}";

        var error = OnlyError(json);

        Assert.Equal("$.components[0].name", error.Path);
        Assert.Contains("string longer than", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the document is empty")]
    [InlineData("  \n ", "the document is empty")]
    [InlineData("[1,2]", "expected a JSON object at the top level")]
    [InlineData("{\"name\":\"x\"}", "unknown JSON format: neither bomFormat (CycloneDX) nor spdxVersion (SPDX) is present")]
    [InlineData("{\"document\":{\"csaf_version\":\"2.0\"}}", "this is a CSAF advisory, not an SBOM; import it as an advisory")]
    [InlineData("{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\"}", "JSON-LD documents (SPDX 3) are not supported; use SPDX 2.3 JSON or CycloneDX")]
    [InlineData("name,version\nzlib,1.2\n", "unknown format: expected CycloneDX JSON or XML, or SPDX 2.3 JSON")]
    [InlineData("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n", "SPDX tag-value is not supported, use JSON")]
    public void Unknown_or_unsupported_content_gets_one_clear_error(string content, string message)
    {
        Assert.Equal(message, OnlyError(content).Message);
    }

    [Fact]
    public void Bom_format_other_than_cyclonedx_is_refused()
    {
        var error = OnlyError("{\"bomFormat\":\"AnotherFormat\",\"specVersion\":\"1.6\"}");

        Assert.Equal("$.bomFormat", error.Path);
    }

    [Fact]
    public void Cyclonedx_without_spec_version_is_refused()
    {
        Assert.Equal("$.specVersion", OnlyError("{\"bomFormat\":\"CycloneDX\"}").Path);
    }

    [Fact]
    public void Oversized_stream_is_refused_without_reading_it_all()
    {
        using var stream = new EndlessStream();

        var result = SbomReader.Read(stream);

        Assert.Contains("larger than the maximum", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_reads_like_bytes()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"components\":[{\"type\":\"library\",\"name\":\"a\"}]}"));

        var result = await SbomReader.ReadAsync(stream, "bom.json", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("a", Assert.Single(result.Document!.Components).Name);
    }

    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
