namespace MedPatch.Features.Devices;

/// <summary>Reads enum values written the way the JSON API writes them (life_critical, out_of_service).</summary>
internal static class SnakeCaseEnum
{
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var compact = text.Trim().Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

        // Enum.TryParse also takes numbers ("7") and comma lists; only real names are valid input here.
        if (compact.Length == 0 || !compact.All(char.IsLetter))
        {
            value = default;
            return false;
        }

        return Enum.TryParse(compact, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName));
}
