using System.Globalization;
using MedPatch.Features.Dashboard;

namespace MedPatch.Pages.Shared;

/// <summary>
/// Geometry of a horizontal bar chart drawn as inline SVG on the server: no script, readable without CSS, and
/// always followed by a table with the same figures for screen readers and copying.
/// </summary>
public sealed class BarChart
{
    public const int Width = 640;
    public const int LabelWidth = 220;
    public const int BarHeight = 22;
    public const int Gap = 8;
    private const int CountWidth = 70;

    public BarChart(string id, string title, string valueHeading, IReadOnlyList<DashboardCount> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Id = id;
        Title = title;
        ValueHeading = valueHeading;
        Items = items;
        var max = items.Count == 0 ? 1 : Math.Max(1, items.Max(i => i.Count));
        var room = Width - LabelWidth - CountWidth;
        Bars = items.Select((item, index) => new Bar(
            item,
            Y: index * (BarHeight + Gap),
            BarWidth: item.Count == 0 ? 0 : Math.Max(2.0, room * (double)item.Count / max))).ToList();
    }

    public string Id { get; }
    public string Title { get; }
    public string ValueHeading { get; }
    public IReadOnlyList<DashboardCount> Items { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public int Height => Math.Max(1, Bars.Count * (BarHeight + Gap) - Gap);
    public int Total => Items.Sum(i => i.Count);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public sealed record Bar(DashboardCount Item, int Y, double BarWidth)
    {
        public string TextY => Number(Y + (BarHeight / 2.0));
        public string CountX => Number(LabelWidth + BarWidth + 6);

        // Long names are cut in the drawing only; the table below and the bar's title carry the full name.
        public string ShortLabel => Item.Label.Length <= 26 ? Item.Label : string.Concat(Item.Label.AsSpan(0, 25), "…");
    }
}
