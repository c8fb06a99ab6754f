using Assessment.Functions.Api;
using Assessment.Functions.Hosting;
using Assessment.Functions.Web;
using Assessment.Storage;
using Assessment.Toepassing;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<HttpRand>();

builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
builder.Logging.AddFilter("Azure.Core", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

// Typed options: the application service's and the HTTP edge's, from section Afwegingskader.
builder.Services.AddOptions<Afwegingsopties>().BindConfiguration(Afwegingsopties.Sectie);
builder.Services.AddOptions<HttpOpties>().BindConfiguration(Afwegingsopties.Sectie);

// The engine: the rule set (and the earlier published versions) loaded, checked and compiled once, at start.
builder.Services.AddSingleton(s => Regelsetarchief.Laad(s.GetRequiredService<IOptions<Afwegingsopties>>().Value));
builder.Services.AddSingleton(s => s.GetRequiredService<Regelsetarchief>().Huidig);
builder.Services.AddSingleton(s => AfwegingskaderBeschrijving.Van(s.GetRequiredService<Regelsetarchief>().Huidig));

// Storage: Azure Tables and Blobs through Microsoft.Extensions.Azure when configured (Azurite locally), else memory.
builder.Services.AddAfwegingOpslag(builder.Configuration);

// The one application service, used by every function (and, outside this app, the CLI).
builder.Services.AddSingleton<IAfwegingsdienst>(s => new Afwegingsdienst(
    s.GetRequiredService<Regelsetarchief>(),
    s.GetRequiredService<IAfwegingOpslag>(),
    s.GetRequiredService<IIndieningOpslag>(),
    s.GetService<IRapportOpslag>(),
    s.GetRequiredService<ILogger<Afwegingsdienst>>()));

// The HTTP edge: problem documents, result executors, the page, the OpenAPI document.
builder.Services.AddProblemDetails();
builder.Services.AddMvcCore();
builder.Services.AddSingleton<ZelftoetsPagina>();
builder.Services.AddSingleton<OpenApiBeschrijving>();

// OpenTelemetry: traces and logs of the worker; exported to Azure Monitor when a connection string is set.
var telemetrie = builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
if (!string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
{
    telemetrie.UseAzureMonitorExporter();
}

var app = builder.Build();

// Resolve the engine now, so a broken rule set stops the start instead of the first request.
var klok = System.Diagnostics.Stopwatch.StartNew();
var dienst = app.Services.GetRequiredService<IAfwegingsdienst>();
var logboek = app.Services.GetRequiredService<ILogger<Afwegingsdienst>>();
logboek.LogInformation(
    "Regelset {Versie} geladen in {Milliseconden} ms; de regelfuncties worden op de achtergrond gecompileerd", dienst.Regelset.Versie, klok.ElapsedMilliseconds);
_ = dienst.Regelset.Gecompileerd.ContinueWith(
    compilatie =>
    {
        if (compilatie.Exception is { } fout)
        {
            logboek.LogWarning(fout, "Niet elke regelfunctie is gecompileerd; die blijven geïnterpreteerd (zelfde uitkomsten, trager)");
        }
        else
        {
            logboek.LogInformation("Regelfuncties gecompileerd, {Milliseconden} ms na de start van het laden", klok.ElapsedMilliseconds);
        }
    },
    TaskScheduler.Default);
app.Run();
