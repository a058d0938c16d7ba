using MedPatch.Core.Inventory;

namespace MedPatch.Core.Tests.Inventory;

public sealed class HeaderMapTests
{
    [Theory]
    [InlineData("Asset #", DeviceColumn.AssetTag)]
    [InlineData("S/N", DeviceColumn.SerialNumber)]
    [InlineData("serial no.", DeviceColumn.SerialNumber)]
    [InlineData("MFR", DeviceColumn.Manufacturer)]
    [InlineData("Model #", DeviceColumn.ModelNumber)]
    [InlineData("Model", DeviceColumn.Model)]
    [InlineData("SW Version", DeviceColumn.SoftwareVersion)]
    [InlineData("Location/Room", DeviceColumn.Room)]
    [InlineData("VLAN", DeviceColumn.NetworkSegment)]
    [InlineData("end_of_support", DeviceColumn.EndOfSupport)]
    public void Cmms_headers_resolve_to_canonical_columns(string header, DeviceColumn expected)
    {
        Assert.True(HeaderSynonyms.TryResolve(header, out var column));
        Assert.Equal(expected, column);
    }

    [Fact]
    public void Unknown_and_missing_columns_are_named_in_one_error_each()
    {
        var map = HeaderMap.Resolve(["Asset #", "Colour", "Weight"], null, facilityGiven: false);

        Assert.Equal(2, map.Errors.Count);
        Assert.Contains("'Colour', 'Weight'", map.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("manufacturer", map.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("facility", map.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_map_wins_and_can_ignore_a_column()
    {
        var map = HeaderMap.Resolve(["Tag", "Maker", "Kind", "Notes"], new Dictionary<string, string> { ["maker"] = "manufacturer", ["KIND"] = "model", ["Notes"] = "ignore" }, facilityGiven: true);

        Assert.True(map.IsValid);
        Assert.Equal([DeviceColumn.AssetTag, DeviceColumn.Manufacturer, DeviceColumn.Model, null], map.Columns);
    }
}
