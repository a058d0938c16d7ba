using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MedPatch.Web.Security;

/// <summary>
/// A page's forms may need more than showing it (a manager may see a model but not change it). Endpoint
/// authorization covers the page as a whole; this checks the write permission for every non-GET request.
/// </summary>
public sealed class PageWritePermissionFilter(IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var permission = http.GetEndpoint()?.Metadata.GetMetadata<PagePermission>();
        if (permission?.Write is { } write && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            var result = await authorization.AuthorizeAsync(http.User, http, PermissionPolicy.Name(write)).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                context.Result = new ForbidResult();
                return;
            }
        }

        await next().ConfigureAwait(false);
    }
}
