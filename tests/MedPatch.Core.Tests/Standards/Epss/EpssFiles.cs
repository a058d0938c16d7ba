using System.IO.Compression;
using System.Text;

namespace MedPatch.Core.Tests.Standards.Epss;

/// <summary>Builds small daily EPSS files in memory, in the layout FIRST publishes.</summary>
internal static class EpssFiles
{
    public const string Comment = "#model_version:v2023.03.01,score_date:2023-03-05T00:00:00+0000";

    public static string Csv(params string[] rows) =>
        string.Join('\n', [Comment, "cve,epss,percentile", .. rows]) + "\n";

    public static MemoryStream Plain(string csv) => new(Encoding.UTF8.GetBytes(csv));

    public static MemoryStream Gzip(string csv)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(csv));
        }

        output.Position = 0;
        return output;
    }
}
