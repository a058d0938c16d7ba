using System.Text.Json;

namespace MedPatch.Features.Intelligence;

/// <summary>
/// Tells the advisory formats apart by their top-level members, without building a document: CSAF has a
/// "document" object, a CVE JSON 5 record "cveMetadata" and "containers" (dataType CVE_RECORD), an NVD API 2.0
/// response a "vulnerabilities" array with its paging counts, and one NVD item a "cve" object.
/// </summary>
public static class AdvisoryFormatDetector
{
    public static AdvisoryFormat Detect(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        bool document = false, cveMetadata = false, containers = false, vulnerabilities = false, paging = false, cve = false;
        string? dataType = null;
        string? format = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return AdvisoryFormat.Unknown;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                var kind = reader.TokenType;
                switch (name)
                {
                    case "document":
                        document = kind == JsonTokenType.StartObject;
                        break;
                    case "dataType":
                        dataType = kind == JsonTokenType.String ? reader.GetString() : null;
                        break;
                    case "format":
                        format = kind == JsonTokenType.String ? reader.GetString() : null;
                        break;
                    case "cveMetadata":
                        cveMetadata = kind == JsonTokenType.StartObject;
                        break;
                    case "containers":
                        containers = kind == JsonTokenType.StartObject;
                        break;
                    case "vulnerabilities":
                        vulnerabilities = kind == JsonTokenType.StartArray;
                        break;
                    case "resultsPerPage" or "totalResults" or "startIndex":
                        paging = true;
                        break;
                    case "cve":
                        cve = kind == JsonTokenType.StartObject;
                        break;
                    default:
                        break;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return AdvisoryFormat.Unknown;
        }

        if (document)
        {
            return AdvisoryFormat.Csaf;
        }

        if (string.Equals(dataType, "CVE_RECORD", StringComparison.Ordinal) || (cveMetadata && containers))
        {
            return AdvisoryFormat.CveRecord;
        }

        if (vulnerabilities && (paging || format?.StartsWith("NVD_CVE", StringComparison.Ordinal) == true))
        {
            return AdvisoryFormat.NvdResponse;
        }

        return cve ? AdvisoryFormat.NvdItem : AdvisoryFormat.Unknown;
    }
}
