using MedPatch.Core.Manufacturers;

namespace MedPatch.Core.Tests.Manufacturers;

public sealed class ManufacturerNameTests
{
    [Theory]
    [InlineData("GE HealthCare", "GE Healthcare")]
    [InlineData("GE Healthcare, Inc.", "ge healthcare")]
    [InlineData("Dräger", "Draeger")]
    [InlineData("Drägerwerk AG & Co. KGaA", "Draegerwerk AG and Co KGaA")]
    [InlineData("Medtronic ", "MEDTRONIC plc")]
    [InlineData("Becton, Dickinson and Company", "Becton Dickinson")]
    [InlineData("Philips Medical Systems Corp.", "philips medical systems")]
    [InlineData("Baxter International Inc.", "Baxter")]
    public void Spellings_of_one_maker_meet(string a, string b) =>
        Assert.Equal(ManufacturerName.Normalize(a), ManufacturerName.Normalize(b));

    [Theory]
    [InlineData("Philips", "Phillips")]
    [InlineData("GE HealthCare", "GE Appliances")]
    [InlineData("Siemens Healthineers", "Siemens")]
    public void Different_makers_stay_apart(string a, string b) =>
        Assert.NotEqual(ManufacturerName.Normalize(a), ManufacturerName.Normalize(b));

    [Fact]
    public void A_name_made_only_of_a_suffix_is_kept() =>
        Assert.Equal("inc", ManufacturerName.Normalize("Inc."));
}
