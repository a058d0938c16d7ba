namespace MedPatch.Core.Standards.Cvss;

/// <summary>Splits the metric part of a vector string ("AV:N/AC:L/…") and checks it against a metric table.</summary>
internal static class CvssVectorReader
{
    /// <param name="body">The vector without its "CVSS:x.y/" prefix.</param>
    /// <param name="metrics">The metrics the version defines, in the specification's order.</param>
    /// <param name="ordered">True when the specification requires that order.</param>
    public static Dictionary<string, string> Read(string body, IReadOnlyList<CvssMetric> metrics, bool ordered)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(body))
        {
            throw new CvssFormatException("the vector has no metrics");
        }

        var lastIndex = -1;
        string? lastKey = null;
        foreach (var part in body.Split('/'))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == part.Length - 1)
            {
                throw new CvssFormatException($"'{part}' is not a METRIC:VALUE pair");
            }

            var key = part[..colon];
            var value = part[(colon + 1)..];
            var index = IndexOf(metrics, key);
            if (index < 0)
            {
                throw new CvssFormatException($"unknown metric {key}");
            }

            if (values.ContainsKey(key))
            {
                throw new CvssFormatException($"metric {key} appears more than once");
            }

            var metric = metrics[index];
            if (!metric.Values.Contains(value, StringComparer.Ordinal))
            {
                throw new CvssFormatException($"metric {key} has invalid value '{value}' (allowed: {string.Join(", ", metric.Values)})");
            }

            if (ordered && index < lastIndex)
            {
                throw new CvssFormatException($"metric {key} must come before {lastKey}");
            }

            lastIndex = index;
            lastKey = key;
            values[key] = value;
        }

        foreach (var metric in metrics)
        {
            if (metric.Mandatory && !values.ContainsKey(metric.Key))
            {
                throw new CvssFormatException($"mandatory base metric {metric.Key} is missing");
            }
        }

        return values;
    }

    private static int IndexOf(IReadOnlyList<CvssMetric> metrics, string key)
    {
        for (var i = 0; i < metrics.Count; i++)
        {
            if (string.Equals(metrics[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
