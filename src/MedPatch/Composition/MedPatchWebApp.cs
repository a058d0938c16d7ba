using MedPatch.Data;
using MedPatch.Web;

namespace MedPatch.Composition;

/// <summary>Builds the web host (UI and API). Tests call this directly instead of going through <c>Main</c>.</summary>
public static class MedPatchWebApp
{
    public static WebApplication Create(DatabaseSettings database, string? urls = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(MedPatchWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),

            // Settings are read once at start (restart to change them): a file watcher per host would spend one of the
            // few inotify instances a user may hold, and many hosts in one process (the test suite) run out of them.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        if (!string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Services.AddMedPatch(database);
        builder.Services.AddMedPatchWeb(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseMedPatchWeb();
        return app;
    }
}
