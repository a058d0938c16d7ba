namespace MedPatch.Features.Demo;

/// <summary>Seeds a demo health system into an empty database.</summary>
public sealed class DemoSeeder;
