using MedPatch.Core.Demo;
using MedPatch.Core.Devices;
using MedPatch.Core.Organizations;

namespace MedPatch.Core.Tests.Demo;

public sealed class DemoGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void The_same_seed_and_day_give_the_same_health_system_row_for_row()
    {
        var first = DemoGenerator.Generate(Today);
        var second = DemoGenerator.Generate(Today);

        Assert.Equal(Fingerprint(first), Fingerprint(second));
        Assert.Equal(first.Models.Select(m => (m.Id, m.Name, m.EndOfSupport)), second.Models.Select(m => (m.Id, m.Name, m.EndOfSupport)));
        Assert.Equal(first.Locations.Select(l => (l.Id, l.Key)), second.Locations.Select(l => (l.Id, l.Key)));
    }

    [Fact]
    public void Another_seed_gives_another_fleet()
    {
        var first = DemoGenerator.Generate(Today, seed: 1);
        var second = DemoGenerator.Generate(Today, seed: 2);

        Assert.NotEqual(Fingerprint(first), Fingerprint(second));
    }

    [Fact]
    public void The_demo_has_two_hospitals_about_25_manufacturers_60_models_and_5000_devices()
    {
        var demo = DemoGenerator.Generate(Today);

        Assert.Equal(2, demo.Facilities.Count);
        Assert.InRange(demo.Manufacturers.Count, 22, 30);
        Assert.InRange(demo.Models.Count, 55, 70);
        Assert.Equal(5_000, demo.Devices.Count);
        Assert.InRange(demo.Segments.Count, 6, 10);
        Assert.Contains(demo.Segments, s => s.Exposure == SegmentExposure.Unset);
        Assert.Contains(demo.Segments, s => s.Exposure != SegmentExposure.Unset);
        Assert.Contains(demo.Segments, s => s.Name == "Biomed legacy VLAN 99");
        Assert.All(demo.Facilities, f => Assert.Contains(demo.Devices, d => d.FacilityId == f.Id));
        Assert.True(demo.Models.Select(m => m.DeviceType).Distinct().Count() >= 18, "expected a realistic spread of device types");
    }

    [Theory]
    [InlineData(2026, 11, 29)]
    [InlineData(2031, 2, 28)]
    [InlineData(2024, 1, 1)]
    public void About_half_of_the_fleet_is_past_end_of_support_whatever_the_year(int year, int month, int day)
    {
        var today = new DateOnly(year, month, day);
        var demo = DemoGenerator.Generate(today);

        Assert.InRange(demo.UnsupportedShare, 0.45, 0.60);
        Assert.Contains(demo.Models, m => m.EndOfSupport is null);
    }

    [Fact]
    public void Asset_tags_are_unique_per_facility_and_network_identities_and_serials_are_unique()
    {
        var demo = DemoGenerator.Generate(Today);
        var networked = demo.Devices.Where(d => d.IpAddress is not null).ToList();

        Assert.Equal(demo.Devices.Count, demo.Devices.Select(d => (d.FacilityId, d.AssetTag)).Distinct().Count());
        Assert.Equal(demo.Devices.Count, demo.Devices.Select(d => d.SerialNumber).Distinct().Count());
        Assert.Equal(networked.Count, networked.Select(d => d.IpAddress).Distinct().Count());
        Assert.Equal(networked.Count, networked.Select(d => d.MacAddress).Distinct().Count());
        Assert.Equal(networked.Count, networked.Select(d => d.Hostname).Distinct().Count());
        Assert.InRange(networked.Count, demo.Devices.Count * 3 / 4, demo.Devices.Count);
    }

    [Fact]
    public void Network_identities_are_canonical_private_addresses_inside_their_segment()
    {
        var demo = DemoGenerator.Generate(Today);
        var segments = demo.Segments.ToDictionary(s => s.Id);

        Assert.All(demo.Devices.Where(d => d.IpAddress is not null), d =>
        {
            Assert.True(NetworkIdentity.TryParseIp(d.IpAddress, out var ip));
            Assert.Equal(ip, d.IpAddress);
            Assert.True(NetworkIdentity.TryParseMac(d.MacAddress, out var mac));
            Assert.Equal(mac, d.MacAddress);
            Assert.StartsWith($"10.{segments[d.NetworkSegmentId!.Value].VlanId}.", d.IpAddress, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_device_stands_in_a_room_of_its_own_hospital_on_a_model_of_the_catalog()
    {
        var demo = DemoGenerator.Generate(Today);
        var locations = demo.Locations.ToDictionary(l => l.Id);
        var models = demo.Models.Select(m => m.Id).ToHashSet();

        Assert.All(demo.Devices, d =>
        {
            Assert.Equal(d.FacilityId, locations[d.LocationId!.Value].FacilityId);
            Assert.Contains(d.DeviceModelId, models);
        });
        Assert.Equal(demo.Locations.Count, demo.Locations.Select(l => (l.FacilityId, l.Key)).Distinct().Count());
    }

    [Fact]
    public void Manufacturers_carry_their_aliases_and_renamings_without_clashes()
    {
        var demo = DemoGenerator.Generate(Today);
        var baxter = demo.Manufacturers.Single(m => m.Name == "Baxter");
        var ge = demo.Manufacturers.Single(m => m.Name == "GE HealthCare");
        var aliases = demo.Manufacturers.SelectMany(m => m.Aliases).ToList();

        Assert.Contains(baxter.Aliases, a => a.Name == "Hillrom");
        Assert.Contains(baxter.Aliases, a => a.Name == "Welch Allyn");
        Assert.Contains(ge.Aliases, a => a.Name == "General Electric Healthcare");
        Assert.Equal(aliases.Count, aliases.Select(a => a.NormalizedName).Distinct().Count());
        Assert.Equal(demo.Manufacturers.Count, demo.Manufacturers.Select(m => m.NormalizedName).Distinct().Count());
        Assert.All(demo.Manufacturers, m => Assert.NotEmpty(m.Channels));
        Assert.All(aliases, a =>
            Assert.DoesNotContain(demo.Manufacturers, m => m.Id != a.ManufacturerId && m.NormalizedName == a.NormalizedName));
    }

    [Fact]
    public void Support_dates_move_with_today_so_a_model_keeps_its_place_in_its_lifecycle()
    {
        var early = DemoGenerator.Generate(new DateOnly(2026, 1, 15), deviceCount: 0);
        var late = DemoGenerator.Generate(new DateOnly(2030, 6, 30), deviceCount: 0);

        Assert.Equal(
            early.Models.Select(m => m.EndOfSupport is { } d && d <= early.Today),
            late.Models.Select(m => m.EndOfSupport is { } d && d <= late.Today));
        Assert.All(early.Models.Where(m => m.EndOfSale is not null), m => Assert.True(m.EndOfSale < m.EndOfSupport));
    }

    private static List<string> Fingerprint(DemoHealthSystem demo) =>
        demo.Devices.Select(d => string.Join(
            '|', d.Id, d.AssetTag, d.SerialNumber, d.DeviceModelId, d.LocationId, d.IpAddress, d.MacAddress, d.Hostname, d.SoftwareVersion, d.InService, d.LastSeen?.Ticks))
            .ToList();
}
