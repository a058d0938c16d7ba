namespace MedPatch.Core.Organizations;

/// <summary>
/// Where a device stands inside a facility. CMMS exports rarely fill every level, so each part is optional;
/// one row exists per distinct (department, building, floor, room) within a facility.
/// </summary>
public sealed class Location
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FacilityId { get; set; }
    public string? Department { get; set; }
    public string? Building { get; set; }
    public string? Floor { get; set; }
    public string? Room { get; set; }

    /// <summary>The parts, trimmed and lower-cased, joined with '|'; unique per facility so imports find the row again.</summary>
    public required string Key { get; set; }

    public static string KeyOf(string? department, string? building, string? floor, string? room) =>
        string.Join('|', new[] { department, building, floor, room }.Select(p => (p ?? string.Empty).Trim().ToLowerInvariant()));

    public override string ToString() =>
        string.Join(" / ", new[] { Department, Building, Floor, Room }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
