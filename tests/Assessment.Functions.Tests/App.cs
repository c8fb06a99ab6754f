using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assessment.Functions.Tests;

/// <summary>The real app in memory (WebApplicationFactory), with its log lines captured for inspection.</summary>
public sealed class App : WebApplicationFactory<Program>
{
    public ConcurrentQueue<(LogLevel Niveau, string Bericht, string Scopes)> Logregels { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Afwegingskader:CorsOorsprongen:0", "https://zelftoets.example.nl");
        builder.ConfigureLogging(l => l.AddProvider(new VangLogger(Logregels)));
    }

    public static string Voorbeeld(string naam) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", naam));

    private sealed class VangLogger(ConcurrentQueue<(LogLevel, string, string)> regels) : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<(LogLevel, string, string)> Regels { get; } = regels;

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(VangLogger eigenaar) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => eigenaar._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scopes = new System.Text.StringBuilder();
                eigenaar._scopes.ForEachScope((s, sb) => sb.Append(s is IEnumerable<KeyValuePair<string, object>> kv ? string.Join(",", kv.Select(p => $"{p.Key}={p.Value}")) : s).Append(';'), scopes);
                eigenaar.Regels.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception), scopes.ToString()));
            }
        }
    }
}
