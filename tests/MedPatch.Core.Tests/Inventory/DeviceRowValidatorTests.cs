using MedPatch.Core.Devices;
using MedPatch.Core.Inventory;

namespace MedPatch.Core.Tests.Inventory;

public sealed class DeviceRowValidatorTests
{
    private static string?[] Values(params (DeviceColumn Column, string Value)[] cells)
    {
        var values = new string?[DeviceColumns.Count];
        foreach (var (column, value) in cells)
        {
            values[(int)column] = value;
        }

        return values;
    }

    [Fact]
    public void A_valid_row_is_trimmed_and_canonicalised()
    {
        var errors = new List<ImportError>();
        var record = DeviceRowValidator.Validate(
            4,
            Values((DeviceColumn.AssetTag, " A1 "), (DeviceColumn.Manufacturer, "Baxter"), (DeviceColumn.Model, "Spectrum"),
                (DeviceColumn.MacAddress, "001a.2b3c.4d5e"), (DeviceColumn.ClinicalCriticality, "Life Critical"),
                (DeviceColumn.InService, "retired"), (DeviceColumn.EndOfSupport, "2027-03-31"), (DeviceColumn.Hostname, "'=calc")),
            "Main",
            errors);

        Assert.Empty(errors);
        Assert.NotNull(record);
        Assert.Equal(("A1", "Main", "00:1A:2B:3C:4D:5E"), (record.AssetTag, record.Facility, record.MacAddress));
        Assert.Equal(ClinicalCriticality.LifeCritical, record.ClinicalCriticality);
        Assert.Equal(InServiceState.Retired, record.InService);
        Assert.Equal(new DateOnly(2027, 3, 31), record.EndOfSupport);
        Assert.Equal("=calc", record.Hostname);
    }

    [Fact]
    public void Every_bad_cell_of_a_row_is_reported_with_its_column()
    {
        var errors = new List<ImportError>();
        var record = DeviceRowValidator.Validate(
            9,
            Values((DeviceColumn.IpAddress, "10.0.1"), (DeviceColumn.StoresPhi, "maybe"), (DeviceColumn.EndOfSupport, "03/04/2027")),
            null,
            errors);

        Assert.Null(record);
        Assert.All(errors, e => Assert.Equal(9, e.Row));
        Assert.Equal(["ip_address", "stores_phi", "end_of_support", "manufacturer", "model", "asset_tag", "facility"], errors.Select(e => e.Column));
    }
}
