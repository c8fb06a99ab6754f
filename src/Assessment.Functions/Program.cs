using Assessment.Engine.Beoordeling;
using Assessment.Engine.Regels;
using Assessment.Functions.Api;
using Assessment.Functions.Hosting;
using Assessment.Functions.Web;
using Assessment.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Timeouts;

var builder = WebApplication.CreateBuilder(args);
if (Poort.Adres(builder.Configuration) is { } adres)
{
    builder.WebHost.UseUrls(adres);
}

builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 2 * 1024 * 1024);

// The engine: the rule set is loaded, checked and compiled once, at start.
builder.Services.AddSingleton(_ => RegelsetLader.LaadStandaard(builder.Configuration["Afwegingskader:Parameters"]));
builder.Services.AddSingleton(s => new Beoordelaar(s.GetRequiredService<Regelset>()));
builder.Services.AddSingleton(s => AfwegingskaderBeschrijving.Van(s.GetRequiredService<Regelset>()));
// Storage: Azure Tables and Blobs when AzureWebJobsStorage is configured (Azurite locally), else memory.
if (Opslagkeuze.Maak(builder.Configuration) is { } azure)
{
    builder.Services.AddSingleton<IAfwegingOpslag>(azure);
    builder.Services.AddSingleton<IRapportOpslag>(azure);
    builder.Services.AddSingleton<IIndieningOpslag>(azure);

    // Filings: under the Functions host its queue and blob triggers call in; locally a poller does.
    if (string.IsNullOrEmpty(builder.Configuration[Poort.CustomHandlerVariabele])
        && Opslagkeuze.Wachtrijen(builder.Configuration) is { } wachtrijen && Opslagkeuze.Blobs(builder.Configuration) is { } blobs)
    {
        builder.Services.AddHostedService(s => new LokalePoller(wachtrijen, blobs, s, s.GetRequiredService<ILogger<LokalePoller>>()));
    }
}
else
{
    var geheugen = new GeheugenOpslag();
    builder.Services.AddSingleton<IAfwegingOpslag>(geheugen);
    builder.Services.AddSingleton<IIndieningOpslag>(geheugen);
}

builder.Services.AddSingleton<Assessment.Functions.Indieningen.IndieningVerwerker>();

// The HTTP surface: strict JSON (no numbers as strings), OpenAPI, timeouts, CORS for configured origins only.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
builder.Services.AddOpenApi("v1", OpenApiDocument.Configureer);
builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
{
    Timeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("Afwegingskader:TimeoutSeconden", 30)),
    TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
});
var oorsprongen = builder.Configuration.GetSection("Afwegingskader:CorsOorsprongen").Get<string[]>() ?? [];
builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(oorsprongen).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "traceparent").WithExposedHeaders("Location", "API-Version")));

var app = builder.Build();
app.UseMiddleware<ApiVersie>();
app.UseExceptionHandler(fout => fout.Run(async context =>
{
    var uitzondering = context.Features.Get<IExceptionHandlerFeature>()?.Error;
    context.RequestServices.GetRequiredService<ILogger<Program>>().LogError(uitzondering, "Onverwachte fout bij {Pad}", context.Request.Path);
    await Problemen.SchrijfAsync(context, uitzondering is Azure.RequestFailedException or HttpRequestException or TimeoutException
        ? Problemen.Maak(503, "Opslag tijdelijk niet beschikbaar", "De opslag antwoordt nu niet. Er is niets verloren gegaan; probeer het over een ogenblik opnieuw.")
        : Problemen.Maak(500, "Interne fout", "Er ging iets mis aan onze kant. Probeer het later opnieuw; de fout is vastgelegd."));
}));
app.UseStatusCodePages(async pagina =>
{
    var context = pagina.HttpContext;
    if (!context.Response.HasStarted && context.Response.ContentLength is null or 0)
    {
        await Problemen.SchrijfAsync(context, Problemen.VoorStatus(context.Response.StatusCode, context));
    }
});
app.UseCors();
app.UseRequestTimeouts();

app.MapOpenApi(OpenApiDocument.Pad);
app.MapAfwegingskaderApi();
app.MapFunctieAanroepen();
app.MapZelftoetsPagina();

// Resolve the engine now, so a broken rule set stops the start instead of the first request.
app.Services.GetRequiredService<Beoordelaar>();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
