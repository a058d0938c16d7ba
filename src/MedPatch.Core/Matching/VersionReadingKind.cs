namespace MedPatch.Core.Matching;

/// <summary>How a statement's version text was read.</summary>
public enum VersionReadingKind
{
    /// <summary>Every version (vers:all/*, no version given, or the text names models and words, not versions).</summary>
    All,

    /// <summary>A vers range the device comparator can evaluate.</summary>
    Range,

    /// <summary>Text no comparator can read (dates, prose, several product lines); kept with a lowered confidence.</summary>
    Unparseable,
}
