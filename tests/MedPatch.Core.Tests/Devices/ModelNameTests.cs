using MedPatch.Core.Devices;

namespace MedPatch.Core.Tests.Devices;

public sealed class ModelNameTests
{
    [Theory]
    [InlineData("CARESCAPE B450", "Carescape  B-450")]
    [InlineData("Evita V500", "evita v.500")]
    [InlineData("Alaris PC Unit (8015)", "alaris pc unit 8015")]
    [InlineData("Vivid E95 ", "VIVID E95")]
    public void Spellings_of_one_model_meet(string a, string b) =>
        Assert.Equal(ModelName.Normalize(a), ModelName.Normalize(b));

    [Theory]
    [InlineData("Sigma Spectrum", "Spectrum IQ")]
    [InlineData("Vivid S70N", "Vivid S70N SE")]
    [InlineData("Evita V500", "Evita V300")]
    public void Different_models_stay_apart(string a, string b) =>
        Assert.NotEqual(ModelName.Normalize(a), ModelName.Normalize(b));
}
