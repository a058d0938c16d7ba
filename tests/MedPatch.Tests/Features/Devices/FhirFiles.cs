namespace MedPatch.Tests.Features.Devices;

/// <summary>Small FHIR R4 Device resources written by hand for the tests.</summary>
public static class FhirFiles
{
    public static string Device(string assetTag, string manufacturer, string model, string status = "active") =>
        "{\"resourceType\":\"Device\",\"identifier\":[{\"type\":{\"text\":\"Asset tag\"},\"value\":\"" + assetTag + "\"}]," +
        "\"status\":\"" + status + "\",\"manufacturer\":\"" + manufacturer + "\",\"serialNumber\":\"S-" + assetTag + "\"," +
        "\"deviceName\":[{\"name\":\"" + model + "\",\"type\":\"model-name\"}],\"modelNumber\":\"MN-7\"," +
        "\"version\":[{\"value\":\"9.1\"}],\"owner\":{\"display\":\"Northside Hospital\"},\"location\":{\"display\":\"NICU\"}}";

    public static string Bundle(params string[] resources) =>
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + string.Join(",", resources.Select(r => "{\"resource\":" + r + "}")) + "]}";
}
