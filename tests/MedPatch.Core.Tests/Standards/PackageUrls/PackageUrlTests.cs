using MedPatch.Core.Standards.PackageUrls;

namespace MedPatch.Core.Tests.Standards.PackageUrls;

public sealed class PackageUrlTests
{
    [Fact]
    public void Parses_every_component()
    {
        var purl = PackageUrl.Parse("pkg:npm/%40angular/animation@12.3.1?vcs_url=git:%2F%2Fhost.com%2Frepo.git&Arch=x86#lib/anim");
        Assert.Equal("npm", purl.Type);
        Assert.Equal("@angular", purl.Namespace);
        Assert.Equal("animation", purl.Name);
        Assert.Equal("12.3.1", purl.Version);
        Assert.Equal("git://host.com/repo.git", purl.Qualifiers["vcs_url"]);
        Assert.Equal("x86", purl.Qualifiers["arch"]);
        Assert.Equal("lib/anim", purl.Subpath);
        Assert.Equal("pkg:npm/%40angular/animation@12.3.1?arch=x86&vcs_url=git:%2F%2Fhost.com%2Frepo.git#lib/anim", purl.ToString());
    }

    [Theory]
    [InlineData("pkg:PYPI/Django_package@1.11.1.dev1", "pkg:pypi/django-package@1.11.1.dev1")]
    [InlineData("pkg:github/Package-url/purl-Spec@244fd47", "pkg:github/package-url/purl-spec@244fd47")]
    [InlineData("pkg:maven/org.apache/io@1.0?b=2&a=1&empty=", "pkg:maven/org.apache/io@1.0?a=1&b=2")]
    [InlineData("pkg:golang/google.golang.org/genproto#/googleapis/../api/./x/", "pkg:golang/google.golang.org/genproto#googleapis/api/x")]
    [InlineData("pkg:deb/debian/attr@1:2.4.47-2+b1?arch=amd64", "pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64")]
    [InlineData("pkg:generic/a%20b@1.0", "pkg:generic/a%20b@1.0")]
    [InlineData("pkg:brew/node@20@20.10.0", "pkg:brew/node%4020@20.10.0")]
    public void Normalises_to_the_canonical_form(string input, string canonical)
    {
        var purl = PackageUrl.Parse(input);
        Assert.Equal(canonical, purl.ToString());
        Assert.Equal(purl, PackageUrl.Parse(canonical));
    }

    [Theory]
    [InlineData("npm/foo@1.0", "pkg:")]
    [InlineData("pkg:3npm/foo", "invalid type")]
    [InlineData("pkg:npm/@1.0", "name is required")]
    [InlineData("pkg:npm/foo?in%20production=true", "invalid qualifier key")]
    [InlineData("pkg:npm/foo?a=1&A=2", "duplicate")]
    [InlineData("pkg:npm/foo@1.0%zz", "percent-encoding")]
    [InlineData("pkg:maven/io@1.0", "namespace is required")]
    [InlineData("pkg:pypi/x/y@1.0", "namespace is not allowed")]
    public void Rejects_invalid_input_with_a_clear_error(string input, string fragment)
    {
        var e = Assert.Throws<PackageUrlException>(() => PackageUrl.Parse(input));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.False(PackageUrl.TryParse(input, out _, out var error));
        Assert.Equal(e.Message, error);
    }

    [Fact]
    public void Builds_from_components()
    {
        var purl = PackageUrl.Create("Maven", "org.apache.xmlgraphics", "batik-anim", "1.9.1", [new("type", "pom"), new("Classifier", "sources")]);
        Assert.Equal("pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&type=pom", purl.ToString());
        Assert.Throws<PackageUrlException>(() => PackageUrl.Create(null, null, "x"));
        Assert.Throws<PackageUrlException>(() => PackageUrl.Create("npm", null, ""));
    }
}
