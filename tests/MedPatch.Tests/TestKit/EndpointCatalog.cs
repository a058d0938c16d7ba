using System.Text.RegularExpressions;
using MedPatch.Core.Security;
using MedPatch.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;

namespace MedPatch.Tests.TestKit;

/// <summary>
/// One way to call an endpoint and what it needs. <see cref="Permission"/> null means no particular permission:
/// open to anyone when <see cref="AllowsAnonymous"/>, else open to any signed-in user (sign-out, two-factor setup).
/// </summary>
public sealed record EndpointEntry(string Method, string Route, Permission? Permission, bool AllowsAnonymous)
{
    public bool IsApi => Route.StartsWith("/api/", StringComparison.Ordinal);

    public bool IsPage { get; init; }

    public override string ToString() => $"{Method} {Route}";
}

/// <summary>Every endpoint the running app has, read from endpoint metadata: the list authorization tests walk.</summary>
public static partial class EndpointCatalog
{
    public static IReadOnlyList<EndpointEntry> All(TestWebServer server)
    {
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var entries = new List<EndpointEntry>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            {
                var page = endpoint.Metadata.GetMetadata<PagePermission>();
                entries.Add(new EndpointEntry("GET", route, page?.Read, anonymous) { IsPage = true });
                entries.Add(new EndpointEntry("POST", route, page is null ? null : page.Write ?? page.Read, anonymous) { IsPage = true });
                continue;
            }

            var permission = endpoint.Metadata.GetMetadata<RequiredPermission>()?.Permission;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            entries.AddRange(methods.Select(method => new EndpointEntry(method, route, permission, anonymous)));
        }

        return [.. entries.Distinct().OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
    }

    /// <summary>A URL for the route with made-up values for its parameters (a new GUID for ids).</summary>
    public static string SampleUrl(string route) =>
        ParameterPattern().Replace(route, match => match.Groups[1].Value.StartsWith("**", StringComparison.Ordinal) || match.Groups[1].Value.StartsWith('*')
            ? string.Empty
            : match.Value.Contains(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "sample");

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex ParameterPattern();
}
