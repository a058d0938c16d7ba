using System.Text;

namespace MedPatch.Core.Standards.Versions;

/// <summary>The "lexicographic" vers scheme: versions compare by the bytes of their UTF-8 form.</summary>
public sealed class LexicographicComparer : IComparer<string>
{
    public static LexicographicComparer Instance { get; } = new();

    public int Compare(string? x, string? y) =>
        Encoding.UTF8.GetBytes(x ?? "").AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y ?? ""));
}
