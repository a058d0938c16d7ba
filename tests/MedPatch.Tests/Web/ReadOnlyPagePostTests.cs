using System.Net;
using MedPatch.Core.Security;
using MedPatch.Tests.TestKit;

namespace MedPatch.Tests.Web;

public sealed class ReadOnlyPagePostTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/devices")]
    [InlineData("/advisories")]
    [InlineData("/vulnerabilities")]
    public async Task A_form_post_to_a_page_without_a_post_handler_is_405_not_a_broken_page(string page)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        var client = await server.SignedInClientAsync(Role.Admin);

        using var response = await SignInForm.PostFormAsync(client, page, []);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
