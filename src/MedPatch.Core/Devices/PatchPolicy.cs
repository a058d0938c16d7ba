namespace MedPatch.Core.Devices;

/// <summary>
/// Who may install a patch on a model and how. Null means "not known yet": MDS2 forms and manufacturer letters
/// answer these one by one, and an unknown answer must not read as "no".
/// </summary>
public sealed class PatchPolicy
{
    public bool? RemotePushPossible { get; set; }
    public bool? CustomerMayInstall { get; set; }
    public bool? ManufacturerMustInstall { get; set; }
}
