using System.Text.Json;
using System.Text.Json.Serialization;
using MedPatch.Core.Risk;

namespace MedPatch.Features.Ranking;

/// <summary>How <see cref="RiskSettings"/> are stored and exchanged: snake_case names, enum values as snake_case words.</summary>
public static class RiskSettingsJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        WriteIndented = false,
    };

    public static string Write(RiskSettings settings) => JsonSerializer.Serialize(settings, Options);

    /// <summary>The stored settings, or the defaults for a row an older or newer version wrote that no longer reads.</summary>
    public static RiskSettings ReadOrDefault(string json)
    {
        try
        {
            var settings = JsonSerializer.Deserialize<RiskSettings>(json, Options);
            return settings is not null && settings.Validate().Count == 0 ? settings : RiskSettings.Default;
        }
        catch (JsonException)
        {
            return RiskSettings.Default;
        }
    }
}
