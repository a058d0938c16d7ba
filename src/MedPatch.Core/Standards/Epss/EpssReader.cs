using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace MedPatch.Core.Standards.Epss;

/// <summary>Reads FIRST's daily EPSS CSV (epss_scores-YYYY-MM-DD.csv, plain or .gz).</summary>
public static partial class EpssReader
{
    private const string Header = "cve,epss,percentile";

    /// <summary>Reads a plain or gzip stream, told apart by the gzip magic bytes rather than a file name.</summary>
    public static EpssFile Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var peek = new PeekStream(stream);
        var magic = peek.Peek(2);
        Stream text = magic is [0x1F, 0x8B] ? new GZipStream(peek, CompressionMode.Decompress) : peek;
        return Read(new StreamReader(text, Encoding.UTF8));
    }

    /// <summary>Reads the metadata and header now and the rows lazily; the returned file owns the reader.</summary>
    public static EpssFile Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 1;
        var line = reader.ReadLine() ?? throw new EpssFormatException("line 1: the file is empty");
        string? modelVersion = null;
        DateTimeOffset? scoreDate = null;
        if (line.StartsWith('#'))
        {
            (modelVersion, scoreDate) = ParseComment(line);
            lineNumber++;
            line = reader.ReadLine() ?? throw new EpssFormatException($"line {lineNumber}: header '{Header}' is missing");
        }

        if (!string.Equals(line.Trim(), Header, StringComparison.Ordinal))
        {
            throw new EpssFormatException($"line {lineNumber}: expected header '{Header}' but found '{line}'");
        }

        return new EpssFile(modelVersion, scoreDate, ReadRows(reader, lineNumber)) { Reader = reader };
    }

    private static IEnumerable<EpssScore> ReadRows(TextReader reader, int headerLine)
    {
        var lineNumber = headerLine;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;

            // A trailing newline at the end of the file is not a row.
            if (line.Length == 0)
            {
                continue;
            }

            yield return ParseRow(line, lineNumber);
        }
    }

    internal static EpssScore ParseRow(string line, int lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length != 3)
        {
            throw new EpssFormatException($"line {lineNumber}: expected 3 columns (cve,epss,percentile) but found {fields.Length}");
        }

        var cve = fields[0].Trim();
        if (!CveId().IsMatch(cve))
        {
            throw new EpssFormatException($"line {lineNumber}: '{cve}' is not a CVE id (CVE-YYYY-NNNN)");
        }

        return new EpssScore(cve, Probability(fields[1], "epss", lineNumber), Probability(fields[2], "percentile", lineNumber));
    }

    private static double Probability(string text, string column, int lineNumber)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new EpssFormatException($"line {lineNumber}: {column} '{text}' is not a number");
        }

        // NaN fails both comparisons, so it is rejected here too.
        return value is >= 0 and <= 1
            ? value
            : throw new EpssFormatException($"line {lineNumber}: {column} {text} is outside 0..1");
    }

    /// <summary>Parses "#model_version:v2023.03.01,score_date:2023-03-05T00:00:00+0000".</summary>
    private static (string? ModelVersion, DateTimeOffset? ScoreDate) ParseComment(string line)
    {
        string? modelVersion = null;
        DateTimeOffset? scoreDate = null;
        foreach (var part in line[1..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new EpssFormatException($"line 1: '{part}' in the comment line is not key:value");
            }

            var value = part[(colon + 1)..];
            switch (part[..colon])
            {
                case "model_version":
                    modelVersion = value;
                    break;
                case "score_date":
                    scoreDate = ParseScoreDate(value);
                    break;
                default:
                    // FIRST may add keys; unknown ones carry nothing we use.
                    break;
            }
        }

        return (modelVersion, scoreDate);
    }

    private static DateTimeOffset ParseScoreDate(string value)
    {
        // FIRST writes the offset without a colon (+0000), which DateTimeOffset's round-trip formats do not accept.
        string[] formats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd"];
        var normalized = OffsetWithoutColon().Replace(value, "$1:$2");
        return DateTimeOffset.TryParseExact(
            normalized,
            formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out var date)
            ? date
            : throw new EpssFormatException($"line 1: score_date '{value}' is not a date-time");
    }

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CveId();

    [GeneratedRegex("([+-][0-9]{2})([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetWithoutColon();
}
