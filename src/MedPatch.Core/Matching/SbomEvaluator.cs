using MedPatch.Core.Intelligence.Normalization;

namespace MedPatch.Core.Matching;

/// <summary>
/// Evaluates a statement that names a component (by purl, CPE or name) against a component of a device model's
/// SBOM. The device contains a vulnerable component, but only its manufacturer can say whether the device is
/// affected, so the result is "possible": medium confidence by purl or CPE, low by name alone or when the
/// component's version cannot be checked. A manufacturer's own statement on the model outranks it.
/// </summary>
internal static class SbomEvaluator
{
    public static Candidate? Evaluate(ResolvedStatement rs, string key, string? keyVersion, MatchSbomComponent component, string modelName, bool unsupported, VersionCache cache)
    {
        var s = rs.Statement;
        if (!CatalogIndex.NamesAffected(s.Status))
        {
            return null;
        }

        var componentVersion = component.Version ?? ComponentKeys.Purl(component.Purl)?.Version ?? ComponentKeys.Cpe(component.Cpe)?.Version;
        var confidence = key.StartsWith("name:", StringComparison.Ordinal) ? MatchConfidence.Low : MatchConfidence.Medium;
        var v = rs.Version;
        var label = componentVersion is null ? $"'{component.Name}'" : $"'{component.Name}' {componentVersion}";
        var head = $"Component {label} in the SBOM of model '{modelName}' is named in {s.AdvisoryLabel} ({Label(s)})";
        var tail = " The manufacturer has not stated whether the device is affected." + (unsupported ? " The device is unsupported." : string.Empty);
        string sentence;
        if (v.Kind == VersionReadingKind.Range || (v.Kind == VersionReadingKind.All && keyVersion is not null))
        {
            var range = v.Range ?? Standards.Vers.VersRange.Parse($"vers:{VersionRangeConverter.DeviceScheme}/{Standards.Vers.VersEncoding.Encode(keyVersion!)}");
            if (componentVersion is null)
            {
                confidence = MatchConfidence.Low;
                sentence = $"{head}; the component version is unknown.";
            }
            else if (cache.Contains(range, componentVersion))
            {
                sentence = $"{head}; version {componentVersion} is within '{(v.Range is null ? keyVersion : v.Display)}'.";
            }
            else
            {
                return null;
            }
        }
        else if (v.Kind == VersionReadingKind.Unparseable)
        {
            confidence = MatchConfidence.Low;
            sentence = $"{head}; the version text '{v.Display}' cannot be compared.";
        }
        else
        {
            sentence = $"{head}; the advisory covers all versions.";
        }

        var reason = sentence + tail;
        return new Candidate(ExposureState.Possible, confidence, MatchRule.SbomComponent, false, () => reason, s, s.FixedVersion, s.PatchAvailable, unsupported);
    }

    private static string Label(MatchStatement s) =>
        string.Join(' ', new[] { s.Vendor?.Trim(), s.Product?.Trim(), s.RawVersion?.Trim() }.Where(t => !string.IsNullOrEmpty(t)));
}
