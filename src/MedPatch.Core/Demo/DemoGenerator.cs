using System.Globalization;
using MedPatch.Core.Devices;
using MedPatch.Core.Manufacturers;
using MedPatch.Core.Organizations;

namespace MedPatch.Core.Demo;

/// <summary>
/// Generates the demo health system from a seed and a "today". The same inputs give the same catalog, fleet and ids,
/// so tests, screenshots and benchmarks all see the same hospital.
/// </summary>
public static class DemoGenerator
{
    public const int DefaultSeed = 20_260_101;
    public const int DefaultDeviceCount = 5_000;

    // Each segment is a /16; hosts use .11 to .250 of each /24, leaving room for gateways and DHCP reservations.
    private const int HostsPerSubnet = 240;
    private const int SegmentCapacity = HostsPerSubnet * 256;

    public static DemoHealthSystem Generate(DateOnly today, int deviceCount = DefaultDeviceCount, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(deviceCount);
        var ids = new DemoIds(seed);
        var random = new Random(seed);
        var midnight = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        var organization = new Organization { Id = ids.Next(), Name = DemoHospitals.HealthSystem };
        var facilities = DemoHospitals.Hospitals
            .Select(h => new Facility { Id = ids.Next(), OrganizationId = organization.Id, Name = h.Name, Code = h.Code })
            .ToList();
        var locations = new List<Location>();
        var rooms = new Dictionary<(int Facility, string Department), List<Location>>();
        for (var f = 0; f < facilities.Count; f++)
        {
            foreach (var department in DemoHospitals.Hospitals[f].Departments)
            {
                var list = Rooms(ids, facilities[f], department).ToList();
                rooms[(f, department.Name)] = list;
                locations.AddRange(list);
            }
        }

        var segments = DemoHospitals.Segments.Select(s => new NetworkSegment
        {
            Id = ids.Next(),
            OrganizationId = organization.Id,
            Name = s.Name,
            VlanId = s.Vlan,
            Cidr = string.Create(CultureInfo.InvariantCulture, $"10.{s.Vlan}.0.0/16"),
            Exposure = s.Exposure,
        }).ToList();
        var segmentByVlan = segments.ToDictionary(s => s.VlanId!.Value);

        var manufacturers = DemoManufacturers.All.Select(spec => BuildManufacturer(ids, spec)).ToList();
        var manufacturerIndex = DemoManufacturers.All.Select((spec, i) => (spec.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var models = DemoModels.All.Select(spec => BuildModel(ids, spec, manufacturers[manufacturerIndex[spec.Manufacturer]], today)).ToList();
        var udiDi = DemoModels.All.Select((spec, i) => Gtin14(manufacturerIndex[spec.Manufacturer], i)).ToList();

        var fleet = new FleetState(facilities.Count, segments.Count);
        var devices = new List<Device>(deviceCount);
        var totalWeight = DemoModels.All.Sum(m => m.Weight);
        var totalFleetPercent = DemoHospitals.Hospitals.Sum(h => h.FleetPercent);
        for (var i = 0; i < deviceCount; i++)
        {
            var m = PickWeighted(random, DemoModels.All, s => s.Weight, totalWeight);
            var spec = DemoModels.All[m];
            var model = models[m];
            var profile = DemoDeviceTypes.For(spec.DeviceType);
            var f = PickWeighted(random, DemoHospitals.Hospitals, h => h.FleetPercent, totalFleetPercent);
            var facility = facilities[f];
            var hospital = DemoHospitals.Hospitals[f];

            // A type's usual departments that this hospital has (the community hospital has no NICU).
            var departments = profile.Departments.Where(d => rooms.ContainsKey((f, d))).ToList();
            var department = departments.Count > 0 ? departments[random.Next(departments.Count)] : hospital.Departments[0].Name;
            var candidates = rooms[(f, department)];
            var location = candidates[random.Next(candidates.Count)];

            var unsupported = model.EndOfSupport is { } end && end <= today;
            var device = new Device
            {
                Id = ids.Next(),
                OrganizationId = organization.Id,
                FacilityId = facility.Id,
                LocationId = location.Id,
                DeviceModelId = model.Id,
                AssetTag = string.Create(CultureInfo.InvariantCulture, $"{hospital.Code}-{fleet.NextAssetNumber(f):D6}"),
                SerialNumber = fleet.UniqueSerial(random, SerialPrefix(spec, m)),
                SoftwareVersion = PickVersion(random, spec.Versions),
                ClinicalCriticality = department is DemoHospitals.IntensiveCare or DemoHospitals.NeonatalIcu && profile.Criticality == ClinicalCriticality.High
                    ? ClinicalCriticality.LifeCritical
                    : profile.Criticality,
                PatientConnected = profile.PatientConnected,
                StoresPhi = profile.StoresPhi,
                InService = random.Next(100) switch
                {
                    < 94 => InServiceState.InService,
                    < 99 => InServiceState.OutOfService,
                    _ => InServiceState.Retired,
                },
                CmmsId = string.Create(CultureInfo.InvariantCulture, $"EQ{100_001 + i:D7}"),
                UdiDi = random.Next(100) < 65 ? udiDi[m] : null,
                CreatedAt = midnight,
                UpdatedAt = midnight,
            };

            // A few devices are covered by an extended support contract beyond the model's end of support.
            if (model.EndOfSupport is { } modelEnd && random.Next(100) == 0)
            {
                device.EndOfSupport = modelEnd.AddMonths(36);
            }

            if (random.Next(100) < profile.NetworkedPercent)
            {
                // Legacy devices are often parked on the flat old biomed VLAN nobody dares to touch.
                var vlan = unsupported && random.Next(100) < 35 ? DemoHospitals.LegacyVlan : profile.SegmentVlan;
                var segment = segmentByVlan[vlan];
                var host = fleet.NextHost(segments.IndexOf(segment));
                device.NetworkSegmentId = segment.Id;
                device.IpAddress = string.Create(CultureInfo.InvariantCulture, $"10.{vlan}.{host / HostsPerSubnet}.{(host % HostsPerSubnet) + 11}");
                device.MacAddress = Mac(manufacturerIndex[spec.Manufacturer], i);
                device.Hostname = string.Create(CultureInfo.InvariantCulture, $"{hospital.Code}-{profile.HostAbbreviation}-{fleet.NextHostname(f, profile.HostAbbreviation):D4}")
                    .ToLowerInvariant();
                if (device.InService == InServiceState.InService)
                {
                    device.LastSeen = midnight.AddMinutes(-random.Next(3 * 24 * 60));
                }
            }

            devices.Add(device);
        }

        return new DemoHealthSystem
        {
            Today = today,
            Organization = organization,
            Facilities = facilities,
            Locations = locations,
            Segments = segments,
            Manufacturers = manufacturers,
            Models = models,
            Devices = devices,
        };
    }

    /// <summary>The last day of the month <paramref name="months"/> months from today's month.</summary>
    public static DateOnly MonthEnd(DateOnly today, int months) => new DateOnly(today.Year, today.Month, 1).AddMonths(months + 1).AddDays(-1);

    private static IEnumerable<Location> Rooms(DemoIds ids, Facility facility, DemoHospitals.Department department)
    {
        foreach (var floor in department.Floors)
        {
            for (var r = 1; r <= department.RoomsPerFloor; r++)
            {
                // Ward rooms are numbered by floor (412); units with a prefix number their own rooms (ED-07, OR-3).
                var room = department.RoomPrefix.Length == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{floor}{r:D2}")
                    : string.Create(CultureInfo.InvariantCulture, $"{department.RoomPrefix}{r:D2}");
                yield return new Location
                {
                    Id = ids.Next(),
                    FacilityId = facility.Id,
                    Department = department.Name,
                    Building = department.Building,
                    Floor = floor,
                    Room = room,
                    Key = Location.KeyOf(department.Name, department.Building, floor, room),
                };
            }
        }
    }

    private static Manufacturer BuildManufacturer(DemoIds ids, ManufacturerSpec spec)
    {
        var manufacturer = new Manufacturer
        {
            Id = ids.Next(),
            Name = spec.Name,
            NormalizedName = ManufacturerName.Normalize(spec.Name),
            Website = "https://www." + spec.Domain,
            PsirtContact = DemoManufacturers.Address(spec, spec.Channels.Contains(ChannelKind.Email) ? ChannelKind.Email : ChannelKind.SecurityWebPage),
        };
        foreach (var alias in spec.Aliases)
        {
            manufacturer.Aliases.Add(new ManufacturerAlias { Id = ids.Next(), ManufacturerId = manufacturer.Id, Name = alias, NormalizedName = ManufacturerName.Normalize(alias) });
        }

        foreach (var kind in spec.Channels)
        {
            manufacturer.Channels.Add(new NotificationChannel
            {
                Id = ids.Next(),
                ManufacturerId = manufacturer.Id,
                Kind = kind,
                Address = DemoManufacturers.Address(spec, kind),
                Notes = DemoManufacturers.Notes(kind),
            });
        }

        return manufacturer;
    }

    private static DeviceModel BuildModel(DemoIds ids, ModelSpec spec, Manufacturer manufacturer, DateOnly today) => new()
    {
        Id = ids.Next(),
        ManufacturerId = manufacturer.Id,
        Name = spec.Name,
        NormalizedName = ModelName.Normalize(spec.Name),
        ModelNumbers = [spec.ModelNumber],
        DeviceType = spec.DeviceType,
        ClinicalFunction = DemoDeviceTypes.For(spec.DeviceType).ClinicalFunction,
        EndOfSale = spec.EndOfSaleMonths is { } sale ? MonthEnd(today, sale) : null,
        EndOfSupport = spec.EndOfSupportMonths is { } support ? MonthEnd(today, support) : null,
        PatchPolicy = new PatchPolicy
        {
            RemotePushPossible = spec.Flag('r'),
            CustomerMayInstall = spec.Flag('c'),
            ManufacturerMustInstall = spec.Flag('m'),
        },
        TypicalInstallMinutes = spec.InstallMinutes,
    };

    private static int PickWeighted<T>(Random random, IReadOnlyList<T> items, Func<T, int> weight, int total)
    {
        var ticket = random.Next(total);
        for (var i = 0; i < items.Count; i++)
        {
            ticket -= weight(items[i]);
            if (ticket < 0)
            {
                return i;
            }
        }

        return items.Count - 1;
    }

    // Most of a fleet runs the newest release; a tail lags behind, which is what vulnerability matching must find.
    private static string PickVersion(Random random, IReadOnlyList<string> versions) =>
        random.Next(100) < 60 ? versions[^1] : versions[random.Next(versions.Count)];

    private static string SerialPrefix(ModelSpec spec, int modelIndex)
    {
        var letters = new string(spec.Manufacturer.Where(char.IsAsciiLetter).Take(2).ToArray()).ToUpperInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"{letters}{modelIndex:D2}");
    }

    // Locally administered unicast prefix (02:…): made-up hardware addresses that cannot clash with a real vendor's.
    private static string Mac(int manufacturer, int device) => string.Create(
        CultureInfo.InvariantCulture,
        $"02:4C:{manufacturer & 0xFF:X2}:{(device >> 16) & 0xFF:X2}:{(device >> 8) & 0xFF:X2}:{device & 0xFF:X2}");

    /// <summary>A GTIN-14 shaped UDI-DI with a valid GS1 check digit; the company prefix is made up.</summary>
    private static string Gtin14(int manufacturer, int model)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"08{(40_000 + (manufacturer * 37)):D6}{(model * 113) % 100_000:D5}");
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            // GS1: weights 3 and 1 alternate from the rightmost digit of the body.
            var digit = body[body.Length - 1 - i] - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }

        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Counters that keep asset tags, IPs, hostnames and serials unique while the fleet is drawn.</summary>
    private sealed class FleetState(int facilities, int segments)
    {
        private readonly int[] assetNumbers = new int[facilities];
        private readonly int[] hosts = new int[segments];
        private readonly Dictionary<(int, string), int> hostnames = [];
        private readonly HashSet<string> serials = new(StringComparer.Ordinal);

        public int NextAssetNumber(int facility) => ++assetNumbers[facility];

        public int NextHost(int segment)
        {
            if (hosts[segment] >= SegmentCapacity)
            {
                throw new InvalidOperationException("demo fleet too large: a network segment ran out of addresses");
            }

            return hosts[segment]++;
        }

        public int NextHostname(int facility, string abbreviation)
        {
            var next = hostnames.GetValueOrDefault((facility, abbreviation)) + 1;
            hostnames[(facility, abbreviation)] = next;
            return next;
        }

        public string UniqueSerial(Random random, string prefix)
        {
            while (true)
            {
                var serial = prefix + random.Next(10_000_000).ToString("D7", CultureInfo.InvariantCulture);
                if (serials.Add(serial))
                {
                    return serial;
                }
            }
        }
    }
}
