namespace MedPatch.Core.Standards.Csaf.MandatoryTests;

/// <summary>
/// Names of frequently cited weaknesses of the MITRE CWE list whose names have stayed the same across CWE releases
/// for years. Test 6.1.11 holds a CWE against its name only when it is listed here; the full catalogue is not
/// shipped, so other identifiers are checked for their form alone.
/// </summary>
internal static class CweNames
{
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CWE-20"] = "Improper Input Validation",
        ["CWE-22"] = "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
        ["CWE-77"] = "Improper Neutralization of Special Elements used in a Command ('Command Injection')",
        ["CWE-78"] = "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
        ["CWE-79"] = "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
        ["CWE-89"] = "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
        ["CWE-94"] = "Improper Control of Generation of Code ('Code Injection')",
        ["CWE-119"] = "Improper Restriction of Operations within the Bounds of a Memory Buffer",
        ["CWE-120"] = "Buffer Copy without Checking Size of Input ('Classic Buffer Overflow')",
        ["CWE-121"] = "Stack-based Buffer Overflow",
        ["CWE-122"] = "Heap-based Buffer Overflow",
        ["CWE-125"] = "Out-of-bounds Read",
        ["CWE-134"] = "Use of Externally-Controlled Format String",
        ["CWE-190"] = "Integer Overflow or Wraparound",
        ["CWE-259"] = "Use of Hard-coded Password",
        ["CWE-269"] = "Improper Privilege Management",
        ["CWE-287"] = "Improper Authentication",
        ["CWE-295"] = "Improper Certificate Validation",
        ["CWE-306"] = "Missing Authentication for Critical Function",
        ["CWE-311"] = "Missing Encryption of Sensitive Data",
        ["CWE-319"] = "Cleartext Transmission of Sensitive Information",
        ["CWE-321"] = "Use of Hard-coded Cryptographic Key",
        ["CWE-327"] = "Use of a Broken or Risky Cryptographic Algorithm",
        ["CWE-352"] = "Cross-Site Request Forgery (CSRF)",
        ["CWE-416"] = "Use After Free",
        ["CWE-434"] = "Unrestricted Upload of File with Dangerous Type",
        ["CWE-476"] = "NULL Pointer Dereference",
        ["CWE-502"] = "Deserialization of Untrusted Data",
        ["CWE-787"] = "Out-of-bounds Write",
        ["CWE-798"] = "Use of Hard-coded Credentials",
        ["CWE-862"] = "Missing Authorization",
        ["CWE-863"] = "Incorrect Authorization",
        ["CWE-918"] = "Server-Side Request Forgery (SSRF)",
    };
}
