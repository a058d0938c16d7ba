using System.Collections.Concurrent;
using System.Net.Http.Headers;
using MedPatch.Data;
using MedPatch.Tests.TestKit;
using MedPatch.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace MedPatch.Tests.Security;

/// <summary>Passwords, tokens and cookies sent to or configured in the server never reach its logs, at any level.</summary>
public sealed class HardeningLogSecretTests
{
    private const string DatabasePassword = "Db-Pa55word-7f3a9c";
    private const string BearerToken = "mpt_SecretToken_4e1d0b7a";
    private const string CookieValue = "CfDJ8-secret-cookie-value-91c2";

    [Fact]
    public async Task A_reachable_postgres_server_with_a_password_leaves_no_secret_in_trace_logs()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        var withPassword = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString) { Password = DatabasePassword };
        await AssertNoSecretsLoggedAsync(new DatabaseSettings(DatabaseProvider.Postgres, withPassword.ConnectionString));
    }

    [Fact]
    public async Task An_unreachable_postgres_server_with_a_password_leaves_no_secret_in_error_logs()
    {
        var port = FreePort();
        await AssertNoSecretsLoggedAsync(DatabaseSettings.Parse($"Host=127.0.0.1;Port={port};Username=medpatch;Password={DatabasePassword};Database=medpatch;Timeout=2"));
    }

    [Fact]
    public async Task Entity_framework_never_logs_parameter_values()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = await TestWebServer.StartAsync(database.Settings);
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MedPatchDbContext>();

        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();

        Assert.False(core?.IsSensitiveDataLoggingEnabled ?? false);
    }

    private static async Task AssertNoSecretsLoggedAsync(DatabaseSettings settings)
    {
        var logs = new CapturingLoggerProvider();
        await using (var server = await TestWebServer.StartAsync(settings, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Logging.AddProvider(logs);
        }))
        {
            foreach (var path in new[] { "/healthz", "/api/v1/devices", "/api/v1/devices?q=x", "/", "/account/sign-in", "/no-such-page" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
                request.Headers.Add("Cookie", SessionCookie.Name + "=" + CookieValue);
                using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
            }

            using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/devices", UriKind.Relative))
            {
                Content = new StringContent("{\"asset_tag\": \"A1\"}", System.Text.Encoding.UTF8, "application/json"),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
            using var posted = await server.Client.SendAsync(post, TestContext.Current.CancellationToken);
        }

        var text = string.Join('\n', logs.Lines);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(DatabasePassword, text, StringComparison.Ordinal);
        Assert.DoesNotContain(BearerToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(CookieValue, text, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Keeps every line at every level: the message, its structured values, scopes and the exception.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Capturing(CapturingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => provider.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = new System.Text.StringBuilder($"{logLevel} {category}: {formatter(state, exception)} {exception}");
                if (state is IEnumerable<KeyValuePair<string, object?>> values)
                {
                    foreach (var (key, value) in values)
                    {
                        line.Append(' ').Append(key).Append('=').Append(value);
                    }
                }

                provider.scopes.ForEachScope((scope, builder) => builder.Append(" scope=").Append(scope), line);
                provider.Lines.Enqueue(line.ToString());
            }
        }
    }
}
